import { BarChart, type ChartBar } from "./bar-chart";
import { CountTable, type CountRow } from "./count-table";

export type Figure = ChartBar & CountRow;

/** A bar chart and its data table, side by side on wide screens. */
export function ChartWithTable({ id, title, figures }: { id: string; title: string; figures: Figure[] }) {
  return (
    <div className="chart-with-table">
      <BarChart id={id} title={title} bars={figures} />
      <CountTable caption={title} rows={figures} />
    </div>
  );
}
