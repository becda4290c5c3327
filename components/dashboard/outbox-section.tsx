import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChartWithTable, countFigure } from "@/components/surveys/results/chart-with-table";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import type { OutboxStatus } from "@/components/outbox/outbox-table";
import { percentOf } from "@/lib/domain/surveys/results/counts";
import { durationFormatter } from "./duration-text";
import { FigureList } from "./figure-list";

/** The last 7 days' mail by status (every status, in the order shown), the oldest waiting, the latest error. */
type OutboxHealth = {
  byStatus: Record<OutboxStatus, number>;
  total: number;
  oldestQueuedSeconds: number | null;
  lastError: { id: string; status: OutboxStatus; category: string; error: string; at: Date } | null;
};

/** The outbox at a glance: the week's mail by status, what waits now, and the latest error. */
export async function OutboxSection({ health }: { health: OutboxHealth }) {
  const t = await getTranslations("dashboard.outbox");
  const statuses = await getTranslations("outbox.statuses");
  const duration = await durationFormatter();
  const figures = (Object.entries(health.byStatus) as [OutboxStatus, number][]).map(([status, count]) => countFigure(statuses(status), count, percentOf(count, health.total)));
  const { lastError } = health;
  return (
    <section className="dashboard-section" aria-labelledby="outbox-health">
      <h2 id="outbox-health">{t("title")}</h2>
      <FigureList
        label={t("title")}
        figures={[
          { label: t("queued"), value: formatCount(health.byStatus.queued), href: "/console/outbox" },
          { label: t("oldestQueued"), value: duration(health.oldestQueuedSeconds) },
        ]}
      />
      <h3 className="heading-s">{t("chartTitle")}</h3>
      <p className="hint">{t("hint")}</p>
      {health.total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ChartWithTable id="outbox-chart" title={t("chartTitle")} figures={figures} headings={{ label: t("columns.label"), count: t("columns.count"), share: t("columns.share") }} />
      )}
      <h3 className="heading-s">{t("lastError")}</h3>
      {lastError ? (
        <div className="dashboard-error">
          <p className="hint">
            <Link href={`/console/outbox/${lastError.id}`}>{t("lastErrorMeta", { status: statuses(lastError.status), category: lastError.category, when: formatDateTime(lastError.at) })}</Link>
          </p>
          <pre className="dashboard-error__text">{lastError.error}</pre>
        </div>
      ) : (
        <p>{t("noError")}</p>
      )}
      <p>
        <Link href="/console/outbox">{t("open")}</Link>
      </p>
    </section>
  );
}
