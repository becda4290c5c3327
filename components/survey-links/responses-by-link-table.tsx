import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatCount } from "@/lib/format/numbers";

type Row = { id: string; name: string; started: number | null; submitted: number | null };

/** How many responses each link brought, and how many came to the survey directly. */
export async function ResponsesByLinkTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("surveyLinks");
  const count = (value: number | null) => (value === null ? t("fewerThanFive") : formatCount(value));
  return (
    <DataTable
      caption={t("byLinkTitle")}
      className="table--figures"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { key: "name", header: t("link"), cell: (row) => row.name, rowHeader: true },
        { key: "started", header: t("started"), cell: (row) => count(row.started), numeric: true },
        { key: "submitted", header: t("submitted"), cell: (row) => count(row.submitted), numeric: true },
      ]}
    />
  );
}
