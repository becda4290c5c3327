import { formatCount, formatPercent } from "@/lib/format/numbers";
import { BarChart, type ChartBar } from "./bar-chart";
import { CountTable, type CountHeadings, type CountRow } from "./count-table";

export type Figure = ChartBar & CountRow;

/** One row of a chart and its table: a count and its share ("–" and no bar when there is none). */
export function countFigure(label: string, count: number, percent: number | null): Figure {
  const share = percent === null ? "–" : formatPercent(percent);
  return { label, percent, count: formatCount(count), share, text: `${share} (${formatCount(count)})` };
}

/** A bar chart and its data table below it; only the table when there is no bar to draw (all suppressed). */
export function ChartWithTable({ id, title, figures, headings }: { id: string; title: string; figures: Figure[]; headings?: CountHeadings }) {
  return (
    <div className="chart-with-table">
      {figures.some((figure) => figure.percent !== null) ? <BarChart id={id} title={title} bars={figures} /> : null}
      <CountTable caption={title} rows={figures} headings={headings} />
    </div>
  );
}
