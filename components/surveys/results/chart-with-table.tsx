import { BarChart, type ChartBar } from "./bar-chart";
import { CountTable, type CountRow } from "./count-table";

export type Figure = ChartBar & CountRow;

/** A bar chart and its data table below it; only the table when there is no bar to draw (all suppressed). */
export function ChartWithTable({ id, title, figures }: { id: string; title: string; figures: Figure[] }) {
  return (
    <div className="chart-with-table">
      {figures.some((figure) => figure.percent !== null) ? <BarChart id={id} title={title} bars={figures} /> : null}
      <CountTable caption={title} rows={figures} />
    </div>
  );
}
