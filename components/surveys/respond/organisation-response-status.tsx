import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatWhen } from "@/lib/format/dates";

export type SharedStanding = {
  problem: "sign_in" | "no_organisation" | "not_allowed" | null;
  organisationName: string | null;
  contributors: { name: string | null; at: Date }[];
  submitted: { name: string | null; at: Date; reference: string } | null;
};

/**
 * The start page of a survey answered once per organisation: why the person cannot write their
 * organisation's response (with the way to fix it), or that it is their organisation's shared
 * response, who has worked on it, and who sent it.
 */
export function OrganisationResponseStatus({ standing, signInHref }: { standing: SharedStanding; signInHref: string }) {
  const t = useTranslations("organisationResponse");
  const { problem, submitted } = standing;
  const name = (person: { name: string | null }) => person.name ?? t("someone");
  if (problem) {
    const link = problem === "sign_in" ? { href: signInHref, text: t("start.organisationLinkSignIn") } : problem === "no_organisation" ? { href: "/organisation", text: t("start.organisationLink") } : null;
    return (
      <div className="notice survey-notice">
        <p>{t(`start.${problem === "sign_in" ? "signIn" : problem === "no_organisation" ? "noOrganisation" : "notAllowed"}`)}</p>
        {link ? (
          <p>
            <Link href={link.href}>{link.text}</Link>
          </p>
        ) : null}
      </div>
    );
  }
  if (submitted) {
    return (
      <div className="notice survey-notice" role="status">
        <p>{t("start.alreadyAnswered")}</p>
        <p>{t("start.submitted", { name: name(submitted), time: formatWhen(submitted.at), reference: submitted.reference })}</p>
      </div>
    );
  }
  return (
    <div className="survey-shared">
      <p>{t("start.shared", { organisation: standing.organisationName ?? "" })}</p>
      <p>{t("start.once")}</p>
      <h2 className="survey-shared__heading">{t("start.workedOnHeading")}</h2>
      {standing.contributors.length === 0 ? (
        <p>{t("start.nobodyYet")}</p>
      ) : (
        <ul className="list list--bullet">
          {standing.contributors.map((person, index) => (
            <li key={index}>{t("start.workedOn", { name: name(person), time: formatWhen(person.at) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
