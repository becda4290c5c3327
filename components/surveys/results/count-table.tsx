import { getTranslations } from "next-intl/server";
import { ScrollTable } from "./scroll-table";

export interface CountRow {
  label: string;
  count: string;
  share: string;
}

/** The figures a chart draws, as a real table. */
export async function CountTable({ caption, rows }: { caption: string; rows: CountRow[] }) {
  const t = await getTranslations("surveyResults.table");
  return (
    <ScrollTable label={caption}>
      <table className="table table--figures">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("answer")}</th>
            <th scope="col" className="numeric">
              {t("count")}
            </th>
            <th scope="col" className="numeric">
              {t("percent")}
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
