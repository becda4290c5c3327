import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format/dates";
import { listSummaryOverview } from "@/lib/server/summaries/list-summary-overview";
import { SummaryIntroForm } from "@/components/summaries/summary-intro-form";
import { getSummaryIntro } from "@/lib/server/summaries/get-summary-intro";
import { SUMMARY_INTRO_MAX } from "@/lib/validations/summaries";
import { queueDueSummariesAction, saveSummaryIntroAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("summaries"))("title") };
}

export default async function SummariesPage() {
  await requirePermission("partner:manage", "/console/summaries");
  const t = await getTranslations("summaries");
  const [{ schedule, recent }, intro, tTranslations] = await Promise.all([listSummaryOverview(new Date()), getSummaryIntro(), getTranslations("contentTranslations")]);
  return (
    <>
      <PageHeader title={t("title")} lede={t("intro")} />
      <h2>{t("scheduleTitle")}</h2>
      <DataTable
        caption={t("scheduleCaption")}
        rows={schedule}
        rowKey={(row) => row.frequency}
        columns={[
          { key: "frequency", header: t("frequency"), rowHeader: true, cell: (row) => t(`frequencies.${row.frequency}`) },
          { key: "contacts", header: t("contacts"), cell: (row) => row.contacts },
          { key: "nextRun", header: t("nextRun"), cell: (row) => formatDateTime(row.nextRun) },
        ]}
      />
      <p className="hint">{t("scheduleNote")}</p>
      <ActionForm action={queueDueSummariesAction} label={t("queueNowLabel")} submitLabel={t("queueNow")} pendingLabel={t("queueNowPending")} />
      <h2>{tTranslations("introTitle")}</h2>
      <p>{tTranslations("introIntro")}</p>
      <SummaryIntroForm action={saveSummaryIntroAction} intro={intro.text} max={SUMMARY_INTRO_MAX} />
      {intro.text ? (
        <p>
          <Link href="/console/summaries/translations">{tTranslations("introTranslationsLink")}</Link>
        </p>
      ) : null}
      <h2>{t("actionsTitle")}</h2>
      <ul className="list--bullet">
        <li>
          <Link href="/console/summaries/preview">{t("previewLink")}</Link>
        </li>
        <li>
          <Link href="/console/summaries/send">{t("sendLink")}</Link>
        </li>
      </ul>
      <h2>{t("recentTitle")}</h2>
      <OutboxTable messages={recent} caption={t("recentCaption")} empty={t("recentEmpty")} kind={{ label: t("kind"), value: (message) => t(message.oneOff ? "kinds.oneOff" : "kinds.scheduled") }} />
    </>
  );
}
