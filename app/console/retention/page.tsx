import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RetentionItemsTable, RetentionPolicyTable } from "@/components/retention/retention-policy-table";
import { PURGED_KINDS, type PurgedKind } from "@/lib/domain/retention/policy";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { getRetentionStatus } from "@/lib/server/retention/get-retention-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("retention"))("title") };
}

/** The retention policy in force and what its last run removed. */
export default async function RetentionPage() {
  await requirePermission("console:access", "/console/retention");
  const t = await getTranslations("retention");
  const { policy, lastRun } = await getRetentionStatus();
  return (
    <>
      <PageHeader title={t("title")} lede={t("intro")} />
      <RetentionPolicyTable policy={policy} />
      <p>{t("settingsNote")}</p>
      <h2>{t("lastRunTitle")}</h2>
      {lastRun ? (
        <>
          <p>{t("lastRun", { at: formatDateTime(lastRun.at) })}</p>
          <RetentionItemsTable
            caption={t("removedCaption")}
            valueHeading={t("removed")}
            values={Object.fromEntries(PURGED_KINDS.map((item) => [item, formatCount(lastRun.removed[item])])) as Record<PurgedKind, string>}
          />
        </>
      ) : (
        <p>{t("neverRun")}</p>
      )}
    </>
  );
}
