import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PARTICIPATION_SERIES, type ParticipationSeries } from "@/lib/domain/dashboard/figures";
import { formatCount } from "@/lib/format/numbers";

/** Each week's counts (the week named by its Monday, an ISO date) and the weeks' totals. */
export type Participation = { weeks: ({ weekStart: string } & Record<ParticipationSeries, number>)[]; totals: Record<ParticipationSeries, number> };

type Row = { key: string; label: string; values: Record<ParticipationSeries, number> };

/** The weekly figures the participation chart draws, as a table, with the twelve weeks' totals. */
export async function ParticipationTable({ participation, weekLabel }: { participation: Participation; weekLabel: (weekStart: string) => string }) {
  const t = await getTranslations("dashboard.participation");
  return (
    <DataTable<Row>
      caption={t("tableCaption")}
      showCaption
      className="table--figures"
      id="participation-table"
      rows={participation.weeks.map((week) => ({ key: week.weekStart, label: weekLabel(week.weekStart), values: week }))}
      footerRows={[{ key: "total", label: t("total"), values: participation.totals }]}
      rowKey={(row) => row.key}
      columns={[
        { key: "week", header: t("columns.week"), rowHeader: true, cell: (row) => row.label },
        ...PARTICIPATION_SERIES.map((key) => ({ key, header: t(`columns.${key}`), numeric: true, cell: (row: Row) => formatCount(row.values[key]) })),
      ]}
    />
  );
}
