import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";

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
    <DataTable
      caption={caption}
      className="table--figures"
      rows={rows.map((row, index) => ({ ...row, key: `${row.label}-${index}` }))}
      rowKey={(row) => row.key}
      columns={[
        { key: "label", header: heading.label, rowHeader: true, cell: (row) => row.label },
        { key: "count", header: heading.count, numeric: true, cell: (row) => row.count },
        { key: "share", header: heading.share, numeric: true, cell: (row) => row.share },
      ]}
    />
  );
}
