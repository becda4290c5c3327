import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatCount, formatDecimal, formatPercent } from "@/lib/format/numbers";
import type { GridRowResult } from "@/lib/domain/surveys/results/summarise";

/** A grid question: for each row, how many chose each point (and what share), and the row's mean. */
export async function GridResult({ title, points, rows, minLabel, maxLabel }: { title: string; points: number; rows: GridRowResult[]; minLabel: string; maxLabel: string }) {
  const t = await getTranslations("surveyResults");
  const columns = Array.from({ length: points }, (_, index) => index + 1);
  const pointLabel = (point: number) => (point === 1 && minLabel ? `1 (${minLabel})` : point === points && maxLabel ? `${points} (${maxLabel})` : String(point));
  return (
    <DataTable
      caption={title}
      className="table--figures table--grid"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { key: "row", header: t("grid.row"), rowHeader: true, cell: (row) => row.label },
        ...columns.map((point, index) => ({
          key: String(point),
          header: pointLabel(point),
          numeric: true,
          cell: (row: GridRowResult) => {
            const chosen = row.points[index];
            return chosen ? (
              <>
                {formatCount(chosen.count)}
                {chosen.percent !== null ? <span className="figure-share"> ({formatPercent(chosen.percent)})</span> : null}
              </>
            ) : null;
          },
        })),
        { key: "answered", header: t("grid.answered"), numeric: true, cell: (row) => formatCount(row.answered) },
        { key: "mean", header: t("mean"), numeric: true, cell: (row) => (row.mean === null ? "–" : formatDecimal(row.mean)) },
      ]}
    />
  );
}
