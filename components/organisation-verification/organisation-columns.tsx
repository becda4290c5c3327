import type { ReactNode } from "react";
import { formatDate } from "@/lib/format/dates";
import { isSicSection, type SizeBand } from "@/lib/domain/surveys/organisation";
import type { ClassificationLabels } from "@/lib/i18n/classification-labels";

/** What an officer checks an organisation by, as the list and the review page show it. */
export type OrganisationFacts = {
  kind: "employer" | "partner";
  sicSection: string | null;
  sizeBand: SizeBand | null;
  neighbourhood: string | null;
  postcode: string | null;
  emailDomain: string | null;
  website: string | null;
  createdAt: Date;
};

type Translate = (key: "kind" | "sector" | "size" | "neighbourhood" | "postcode" | "emailDomain" | "website" | "registered" | "notGiven" | `kinds.${OrganisationFacts["kind"]}`) => string;

/** A website the organisation gave: a link when it is a web address, as typed otherwise. */
function Website({ href }: { href: string }) {
  return /^https?:\/\//i.test(href) ? (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      {href.replace(/^https?:\/\//i, "")}
    </a>
  ) : (
    href
  );
}

/**
 * The facts as columns (a heading and a cell each): the console's table lists them, and the review
 * page shows the same pairs as a summary list. Missing ones say "Not given".
 */
export function organisationColumns(t: Translate, labels: ClassificationLabels): { key: string; header: string; cell: (organisation: OrganisationFacts) => ReactNode }[] {
  const given = (value: ReactNode) => value || <span className="hint">{t("notGiven")}</span>;
  return [
    { key: "kind", header: t("kind"), cell: (organisation) => t(`kinds.${organisation.kind}`) },
    {
      key: "sector",
      header: t("sector"),
      cell: ({ sicSection }) => given(sicSection ? (isSicSection(sicSection) ? `${sicSection}: ${labels.sector(sicSection)}` : sicSection) : null),
    },
    { key: "size", header: t("size"), cell: ({ sizeBand }) => given(sizeBand ? labels.size(sizeBand) : null) },
    { key: "neighbourhood", header: t("neighbourhood"), cell: ({ neighbourhood }) => given(neighbourhood) },
    { key: "postcode", header: t("postcode"), cell: ({ postcode }) => given(postcode) },
    { key: "emailDomain", header: t("emailDomain"), cell: ({ emailDomain }) => given(emailDomain) },
    { key: "website", header: t("website"), cell: ({ website }) => given(website ? <Website href={website} /> : null) },
    { key: "registered", header: t("registered"), cell: ({ createdAt }) => formatDate(createdAt) },
  ];
}
