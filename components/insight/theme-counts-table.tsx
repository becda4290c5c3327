import { getTranslations } from "next-intl/server";
import { shownCountText } from "@/components/equalities/shown-count";
import { BarChart } from "@/components/surveys/results/bar-chart";
import { DataTable } from "@/components/ui/data-table";
import type { InsightDimension, ThemeCountRow } from "@/lib/domain/insight/theme-counts";
import { formatCount } from "@/lib/format/numbers";
import { QueryForm } from "./query-form";

type Props = {
  rows: ThemeCountRow[];
  dimension: InsightDimension;
  dimensions: { key: InsightDimension; label: string }[];
  values: { key: string; label: string }[];
  path: string;
  hidden: Record<string, string>;
  csvHref: string;
};

/**
 * Theme counts by a dimension: a chooser, a chart of each theme's items, and the table of items by
 * theme and value with small numbers suppressed (as the equalities pages show them), with its CSV.
 */
export async function ThemeCountsTable({ rows, dimension, dimensions, values, path, hidden, csvHref }: Props) {
  const [t, eq] = await Promise.all([getTranslations("insight.counts"), getTranslations("equalities")]);
  const dimensionLabel = dimensions.find((option) => option.key === dimension)?.label ?? dimension;
  const labelOf = (key: string | null) => (key === null ? t("notKnown") : (values.find((value) => value.key === key)?.label ?? key));
  const largest = Math.max(1, ...rows.map((row) => (row.total.kind === "count" ? row.total.count : 0)));
  const bars = rows.map((row) => ({ label: row.label, percent: row.total.kind === "count" ? (row.total.count / largest) * 100 : null, text: shownCountText(eq, row.total) }));
  return (
    <section aria-labelledby="insight-counts" id="counts">
      <h2 id="insight-counts">{t("title")}</h2>
      <p>{t("explain")}</p>
      <QueryForm action={`${path}#counts`} label={t("choose")} hidden={hidden} submitLabel={t("show")}>
        <label className="label" htmlFor="counts-by">
          {t("by")}
        </label>
        <select className="select" id="counts-by" name="by" defaultValue={dimension}>
          {dimensions.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </QueryForm>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          {bars.some((bar) => bar.percent !== null) ? <BarChart id="insight-chart" title={t("chartTitle")} bars={bars} /> : null}
          <DataTable
            caption={t("tableCaption", { dimension: dimensionLabel })}
            showCaption
            className="table--figures"
            rows={rows}
            rowKey={(row) => row.themeId}
            columns={[
              { key: "theme", header: t("theme"), rowHeader: true, cell: (row) => row.label },
              { key: "total", header: t("total"), numeric: true, cell: (row) => shownCountText(eq, row.total) },
              ...(rows[0]?.cells ?? []).map((cell, index) => ({
                key: `value-${cell.key ?? "unknown"}`,
                header: labelOf(cell.key),
                numeric: true,
                cell: (row: ThemeCountRow) => shownCountText(eq, row.cells[index]?.shown ?? { kind: "none" }),
              })),
            ]}
          />
          <p className="hint">{t("suppressed", { threshold: formatCount(10) })}</p>
          <p>
            <a href={csvHref} download>
              {t("csv")}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
