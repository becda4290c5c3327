import { getTranslations } from "next-intl/server";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import type { CrossTab } from "@/lib/domain/surveys/results/cross-tab";
import { ScrollTable } from "./scroll-table";

/** One question against a dimension: a row per answer, a column per sector, size or place. */
export async function CrossTabTable({ tab, dimensionLabel }: { tab: CrossTab; dimensionLabel: string }) {
  const t = await getTranslations("surveyResults.crossTab");
  const caption = t("caption", { question: tab.question.title, dimension: dimensionLabel });
  return (
    <ScrollTable label={caption}>
      <table className="table table--figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("answer")}</th>
            {tab.columns.map((column) => (
              <th scope="col" className="numeric" key={column.value}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tab.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td className="numeric" key={tab.columns[index]?.value ?? index}>
                  {formatCount(cell.count)}
                  {cell.percent !== null ? <span className="figure-share"> ({formatPercent(cell.percent)})</span> : null}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t("answered")}</th>
            {tab.columns.map((column) => (
              <td className="numeric" key={column.value}>
                {formatCount(column.answered)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </ScrollTable>
  );
}
