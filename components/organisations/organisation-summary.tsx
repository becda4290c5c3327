import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/dates";

type Details = {
  kind: "employer" | "partner";
  typeLabel: string;
  sectorLabel: string | null;
  sizeLabel: string | null;
  postcode: string | null;
  neighbourhood: string | null;
  website: string | null;
  emailDomain: string | null;
  verification: "unverified" | "verified" | "rejected";
  verificationNote: string | null;
  createdAt: Date;
};

/** The organisation's standing (verified, waiting, rejected and why) and its details. */
export function OrganisationSummary({ details }: { details: Details }) {
  const t = useTranslations("organisationPage.summary");
  const rows: [string, string | null][] = [
    [t("kind"), t(`kinds.${details.kind}`)],
    [t("type"), details.typeLabel],
    [t("sector"), details.sectorLabel],
    [t("size"), details.sizeLabel],
    [t("postcode"), details.postcode],
    [t("neighbourhood"), details.neighbourhood ?? (details.postcode ? t("outsideNeighbourhoods") : null)],
    [t("website"), details.website],
    [t("emailDomain"), details.emailDomain],
    [t("registered"), formatDate(details.createdAt)],
  ];
  return (
    <>
      <div className={details.verification === "rejected" ? "notice notice--warning" : "notice"} role="status">
        <p>
          <strong>{t(`standing.${details.verification}`)}</strong> {t(`standingBody.${details.verification}.${details.kind}`)}
        </p>
        {details.verification === "rejected" && details.verificationNote ? <p>{t("reason", { reason: details.verificationNote })}</p> : null}
      </div>
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div className="summary-list__row" key={label}>
            <dt>{label}</dt>
            <dd>{value ?? t("notGiven")}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
