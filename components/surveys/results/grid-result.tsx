import { getTranslations } from "next-intl/server";
import { formatCount, formatDecimal, formatPercent } from "@/lib/format/numbers";
import type { GridRowResult } from "@/lib/domain/surveys/results/summarise";
import { ScrollTable } from "./scroll-table";

/** A grid question: for each row, how many chose each point (and what share), and the row's mean. */
export async function GridResult({ title, points, rows, minLabel, maxLabel }: { title: string; points: number; rows: GridRowResult[]; minLabel: string; maxLabel: string }) {
  const t = await getTranslations("surveyResults");
  const columns = Array.from({ length: points }, (_, index) => index + 1);
  const pointLabel = (point: number) => (point === 1 && minLabel ? `1 (${minLabel})` : point === points && maxLabel ? `${points} (${maxLabel})` : String(point));
  return (
    <ScrollTable label={title}>
      <table className="table table--figures table--grid">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("grid.row")}</th>
            {columns.map((point) => (
              <th scope="col" className="numeric" key={point}>
                {pointLabel(point)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t("grid.answered")}
            </th>
            <th scope="col" className="numeric">
              {t("mean")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {row.points.map((point) => (
                <td className="numeric" key={point.id}>
                  {formatCount(point.count)}
                  {point.percent !== null ? <span className="figure-share"> ({formatPercent(point.percent)})</span> : null}
                </td>
              ))}
              <td className="numeric">{formatCount(row.answered)}</td>
              <td className="numeric">{row.mean === null ? "–" : formatDecimal(row.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
