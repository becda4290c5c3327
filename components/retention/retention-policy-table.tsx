import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { RetentionPolicy } from "@/lib/domain/retention/policy";

export const RETENTION_ITEMS = ["drafts", "emailBodies", "rateLimits", "sessions", "signInTokens"] as const;
export type RetentionItem = (typeof RETENTION_ITEMS)[number];

/** One row per kind of data the retention job removes, with a value for each (a period, a count). */
export async function RetentionItemsTable({ caption, valueHeading, values }: { caption: string; valueHeading: string; values: Record<RetentionItem, string> }) {
  const t = await getTranslations("retention");
  return (
    <DataTable
      caption={caption}
      showCaption
      rows={[...RETENTION_ITEMS]}
      rowKey={(item) => item}
      columns={[
        { key: "what", header: t("what"), rowHeader: true, cell: (item) => t(`items.${item}`) },
        { key: "value", header: valueHeading, cell: (item) => values[item] },
      ]}
    />
  );
}

/** The retention periods in force: shown in the console and in the privacy notice. */
export async function RetentionPolicyTable({ policy }: { policy: RetentionPolicy }) {
  const t = await getTranslations("retention");
  const values = {
    drafts: t("after.drafts", { days: policy.draftDays }),
    emailBodies: t("after.emailBodies", { days: policy.emailBodyDays }),
    rateLimits: t("after.rateLimits", { hours: policy.rateLimitHours }),
    sessions: t("after.sessions"),
    signInTokens: t("after.signInTokens"),
  };
  return <RetentionItemsTable caption={t("policyCaption")} valueHeading={t("when")} values={values} />;
}
