import { getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/surveys/results/scroll-table";
import { formatCount } from "@/lib/format/numbers";
import { PARTICIPATION_SERIES, type ParticipationSeries } from "@/lib/domain/dashboard/figures";

/** Each week's counts (the week named by its Monday, an ISO date) and the weeks' totals. */
export type Participation = { weeks: ({ weekStart: string } & Record<ParticipationSeries, number>)[]; totals: Record<ParticipationSeries, number> };

/** The weekly figures the participation chart draws, as a table, with the twelve weeks' totals. */
export async function ParticipationTable({ participation, weekLabel }: { participation: Participation; weekLabel: (weekStart: string) => string }) {
  const t = await getTranslations("dashboard.participation");
  return (
    <ScrollTable label={t("tableCaption")}>
      <table className="table table--figures" id="participation-table">
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.week")}</th>
            {PARTICIPATION_SERIES.map((key) => (
              <th key={key} scope="col" className="numeric">
                {t(`columns.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {participation.weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{weekLabel(week.weekStart)}</th>
              {PARTICIPATION_SERIES.map((key) => (
                <td key={key} className="numeric">
                  {formatCount(week[key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            {PARTICIPATION_SERIES.map((key) => (
              <td key={key} className="numeric">
                {formatCount(participation.totals[key])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  );
}
