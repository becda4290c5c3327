import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PURGED_KINDS, type PurgedKind, type RetentionPolicy } from "@/lib/domain/retention/policy";

type RetentionItem = PurgedKind;

/** One row per kind of data the retention job removes, with a value for each (a period, a count). */
export async function RetentionItemsTable({ caption, valueHeading, values }: { caption: string; valueHeading: string; values: Record<RetentionItem, string> }) {
  const t = await getTranslations("retention");
  return (
    <DataTable
      caption={caption}
      showCaption
      rows={[...PURGED_KINDS]}
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
    invitations: t("after.invitations"),
    joinRequests: t("after.joinRequests", { days: policy.draftDays }),
    campaignAddresses: t("after.campaignAddresses", { days: policy.draftDays }),
  };
  return <RetentionItemsTable caption={t("policyCaption")} valueHeading={t("when")} values={values} />;
}
