import { useTranslations } from "next-intl";
import type { OrganisationDetails } from "@/lib/domain/organisations/details";
import { formatDate } from "@/lib/format/dates";

/** The details, with the labels of their coded values in the reader's language. */
type Details = Omit<OrganisationDetails, "type" | "sicSection" | "sizeBand"> & { typeLabel: string; sectorLabel: string | null; sizeLabel: string | null };

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
