import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import type { CrossTab } from "@/lib/domain/surveys/results/cross-tab";

type Row = { id: string; label: string; cells: { count: number; percent: number | null }[] };

/** One question against a dimension: a row per answer, a column per sector, size or place. */
export async function CrossTabTable({ tab, dimensionLabel }: { tab: CrossTab; dimensionLabel: string }) {
  const t = await getTranslations("surveyResults.crossTab");
  const caption = t("caption", { question: tab.question.title, dimension: dimensionLabel });
  // The last row says how many answered in each column: counts only, no share.
  const answered: Row = { id: ":answered", label: t("answered"), cells: tab.columns.map((column) => ({ count: column.answered, percent: null })) };
  return (
    <DataTable<Row>
      caption={caption}
      showCaption
      className="table--figures"
      rows={[...tab.rows, answered]}
      rowKey={(row) => row.id}
      columns={[
        { key: "answer", header: t("answer"), rowHeader: true, cell: (row) => row.label },
        ...tab.columns.map((column, index) => ({
          key: column.value,
          header: column.label,
          numeric: true,
          cell: (row: Row) => {
            const cell = row.cells[index];
            return cell ? (
              <>
                {formatCount(cell.count)}
                {cell.percent !== null ? <span className="figure-share"> ({formatPercent(cell.percent)})</span> : null}
              </>
            ) : null;
          },
        })),
      ]}
    />
  );
}
