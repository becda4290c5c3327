import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChartWithTable, countFigure } from "@/components/surveys/results/chart-with-table";
import { formatCount } from "@/lib/format/numbers";
import { DECISIONS, type ModerationStats } from "@/lib/domain/dashboard/figures";
import { percentOf } from "@/lib/domain/surveys/results/counts";
import { durationFormatter } from "./duration-text";
import { FigureList } from "./figure-list";


type Props = { stats: ModerationStats; queue: { waiting: number; flagged: number } };

/** The moderation queue now, and the last 30 days' decisions with how long comments waited for them. */
export async function ModerationSection({ stats, queue }: Props) {
  const t = await getTranslations("dashboard.moderation");
  const duration = await durationFormatter();
  const figures = [
    { label: t("waiting"), value: formatCount(queue.waiting), href: "/console/moderation" },
    { label: t("reported"), value: formatCount(queue.flagged), href: "/console/moderation?view=flagged" },
    { label: t("oldestWaiting"), value: duration(stats.oldestWaitingSeconds) },
    { label: t("decisions"), value: formatCount(stats.totalDecisions) },
    { label: t("median"), value: duration(stats.medianSeconds) },
    { label: t("p90"), value: duration(stats.p90Seconds) },
  ];
  const decisions = DECISIONS.map((decision) => countFigure(t(`decision.${decision}`), stats.decisions[decision], percentOf(stats.decisions[decision], stats.totalDecisions)));
  return (
    <section className="dashboard-section" aria-labelledby="moderation">
      <h2 id="moderation">{t("title")}</h2>
      <FigureList label={t("title")} figures={figures} />
      <p className="hint">{t("hint", { timed: stats.timed })}</p>
      <h3 className="heading-s">{t("chartTitle")}</h3>
      <ChartWithTable id="moderation-chart" title={t("chartTitle")} figures={decisions} headings={{ label: t("columns.label"), count: t("columns.count"), share: t("columns.share") }} />
      <p>
        <Link href="/console/moderation">{t("open")}</Link>
      </p>
    </section>
  );
}
