import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import type { FormAction } from "@/components/ui/form-state";
import type { PopulationTableSummary } from "@/lib/domain/equalities/views";
import { formatDate } from "@/lib/format/dates";

/** The population tables uploaded: area, source, questions covered, when and by whom; each removable. */
export async function PopulationTables({ tables, remove }: { tables: PopulationTableSummary[]; remove: FormAction | null }) {
  const [t, about] = await Promise.all([getTranslations("equalities.population"), getTranslations("aboutYou")]);
  const area = (table: PopulationTableSummary) => table.area ?? t("wholeArea");
  return (
    <DataTable
      caption={t("tablesTitle")}
      rows={tables}
      rowKey={(table) => table.id}
      empty={t("none")}
      columns={[
        { key: "area", header: t("columns.area"), rowHeader: true, cell: area },
        { key: "source", header: t("columns.source"), cell: (table) => table.source },
        { key: "questions", header: t("columns.questions"), cell: (table) => table.questions.map((question) => about(`short.${question}`)).join(", ") },
        { key: "uploaded", header: t("columns.uploaded"), cell: (table) => (table.uploadedBy ? t("uploadedBy", { date: formatDate(table.uploadedAt), name: table.uploadedBy }) : formatDate(table.uploadedAt)) },
        ...(remove
          ? [
              {
                key: "remove",
                header: t("columns.remove"),
                cell: (table: PopulationTableSummary) => (
                  <ActionForm action={remove} label={t("removeLabel", { area: area(table) })} submitLabel={t("removeButton")} pendingLabel={t("removing")} variant="warning" className="inline-action">
                    <input type="hidden" name="tableId" value={table.id} />
                  </ActionForm>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
