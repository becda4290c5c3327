import { getTranslations } from "next-intl/server";
import type { Choice, ResolvedFilters } from "@/lib/domain/dashboard/resolve-filters";
import { formatIsoDate, isoDateParts } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { PARTICIPATION_SERIES, type ParticipationSeries } from "@/lib/domain/dashboard/figures";
import type { TDashboardQuery } from "@/lib/validations/dashboard";
import { DashboardFilters } from "./dashboard-filters";
import { LineChart, LineChartKey, type Category, type LineSeries } from "./line-chart";
import { ParticipationTable, type Participation } from "./participation-table";

type Props = { participation: Participation; query: TDashboardQuery; resolved: ResolvedFilters; themes: Choice[]; neighbourhoods: Choice[] };

const STYLE: Record<ParticipationSeries, Pick<LineSeries, "marker" | "dash">> = {
  comments: { marker: "circle", dash: "" },
  responses: { marker: "square", dash: "10 5" },
  newParticipants: { marker: "triangle", dash: "2 4" },
};

/** Each week by its Monday's day of the month, with the month under the first and wherever it changes. */
function weekCategories(weekStarts: string[]): Category[] {
  return weekStarts.map((weekStart, index) => {
    const { day, month } = isoDateParts(weekStart);
    const previous = index > 0 ? isoDateParts(weekStarts[index - 1] ?? "").month : null;
    return { key: weekStart, label: day, note: month === previous ? undefined : month };
  });
}

/** Comments, survey responses and new participants per week: filters, a line chart and its table. */
export async function ParticipationSection({ participation, query, resolved, themes, neighbourhoods }: Props) {
  const t = await getTranslations("dashboard.participation");
  const { weeks, totals } = participation;
  const series: LineSeries[] = PARTICIPATION_SERIES.map((key) => ({
    key,
    label: t(`series.${key}`),
    values: weeks.map((week) => week[key]),
    ...STYLE[key],
  }));
  const description = t("chartDescription", {
    first: formatIsoDate(weeks[0]?.weekStart ?? ""),
    last: formatIsoDate(weeks.at(-1)?.weekStart ?? ""),
    comments: formatCount(totals.comments),
    responses: formatCount(totals.responses),
    newParticipants: formatCount(totals.newParticipants),
  });
  return (
    <section className="dashboard-section" aria-labelledby="participation">
      <h2 id="participation">{t("title")}</h2>
      <p className="hint">{t("hint")}</p>
      <p className="hint">{t("filterHint")}</p>
      <DashboardFilters action="/console#participation" query={query} resolved={resolved} themes={themes} neighbourhoods={neighbourhoods} />
      {resolved.chosen.length ? <p className="notice">{t("filtered", { filters: resolved.chosen.map((choice) => choice.name).join(", ") })}</p> : null}
      {totals.comments + totals.responses === 0 ? <p className="notice">{t("quiet")}</p> : null}
      <h3 className="heading-s">{t("chartTitle")}</h3>
      <LineChartKey label={t("legend")} series={series} />
      <LineChart id="participation-chart" title={t("chartTitle")} description={description} categories={weekCategories(weeks.map((week) => week.weekStart))} series={series} />
      <ParticipationTable participation={participation} weekLabel={formatIsoDate} />
    </section>
  );
}
