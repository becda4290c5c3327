import { getTranslations } from "next-intl/server";
import { ScrollTable } from "./scroll-table";

export interface CountRow {
  label: string;
  count: string;
  share: string;
}

/** The column headings: an answer's, or whatever the rows are (a status, a decision). */
export interface CountHeadings {
  label: string;
  count: string;
  share: string;
}

/** The figures a chart draws, as a real table. */
export async function CountTable({ caption, rows, headings }: { caption: string; rows: CountRow[]; headings?: CountHeadings }) {
  const t = await getTranslations("surveyResults.table");
  const heading = headings ?? { label: t("answer"), count: t("count"), share: t("percent") };
  return (
    <ScrollTable label={caption}>
      <table className="table table--figures">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading.label}</th>
            <th scope="col" className="numeric">
              {heading.count}
            </th>
            <th scope="col" className="numeric">
              {heading.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.label}-${index}`}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.count}</td>
              <td className="numeric">{row.share}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
