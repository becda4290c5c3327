import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { ActionForm } from "@/components/ui/action-form";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format/dates";
import { listSummaryOverview } from "@/lib/server/summaries/list-summary-overview";
import { queueDueSummariesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("summaries"))("title") };
}

export default async function SummariesPage() {
  await requirePermission("partner:manage", "/console/summaries");
  const t = await getTranslations("summaries");
  const { schedule, recent } = await listSummaryOverview(new Date());
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <h2>{t("scheduleTitle")}</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("scheduleCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("frequency")}</th>
              <th scope="col">{t("contacts")}</th>
              <th scope="col">{t("nextRun")}</th>
            </tr>
          </thead>
          <tbody>
            {schedule.map((row) => (
              <tr key={row.frequency}>
                <th scope="row">{t(`frequencies.${row.frequency}`)}</th>
                <td>{row.contacts}</td>
                <td>{formatDateTime(row.nextRun)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t("scheduleNote")}</p>
      <ActionForm action={queueDueSummariesAction} label={t("queueNowLabel")} submitLabel={t("queueNow")} pendingLabel={t("queueNowPending")} />
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
      {recent.length === 0 ? (
        <p>{t("recentEmpty")}</p>
      ) : (
        <OutboxTable messages={recent} caption={t("recentCaption")} kind={{ label: t("kind"), value: (message) => t(message.oneOff ? "kinds.oneOff" : "kinds.scheduled") }} />
      )}
    </>
  );
}
