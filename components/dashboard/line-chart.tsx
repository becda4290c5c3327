import { countScale } from "@/lib/domain/dashboard/chart-scale";
import { formatCount } from "@/lib/format/numbers";

type Marker = "circle" | "square" | "triangle";

/** A point on the horizontal axis: its label, and a second line where one helps (the month). */
export interface Category {
  key: string;
  label: string;
  note?: string;
}

export interface LineSeries {
  key: string;
  label: string;
  values: number[];
  marker: Marker;
  /** An SVG stroke-dasharray ("" for a solid line): the lines differ by more than colour. */
  dash: string;
}

const WIDTH = 720;
const HEIGHT = 320;
const LEFT = 56;
const RIGHT = 12;
const TOP = 14;
const BOTTOM = 48;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
/** Series are nudged apart sideways, so equal values still show every marker. */
const DODGE = 5;

/** A marker shape centred on (x, y): the same shapes draw the key. */
function MarkerShape({ marker, x, y }: { marker: Marker; x: number; y: number }) {
  if (marker === "circle") return <circle cx={x} cy={y} r={5} />;
  if (marker === "square") return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} />;
  return <path d={`M ${x} ${y - 6} L ${x + 6} ${y + 4.5} L ${x - 6} ${y + 4.5} Z`} />;
}

/** The key: each series' line style and marker beside its name, as text anyone can read. */
export function LineChartKey({ label, series }: { label: string; series: LineSeries[] }) {
  return (
    <ul className="chart-key" aria-label={label}>
      {series.map((item) => (
        <li key={item.key} className="chart-key__item">
          <svg className={`line-chart__series--${item.key}`} width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
            <line x1={2} y1={8} x2={42} y2={8} className="line-chart__line" strokeDasharray={item.dash || undefined} />
            <g className="line-chart__marker">
              <MarkerShape marker={item.marker} x={22} y={8} />
            </g>
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A line chart of counts over categories (weeks) in SVG: role="img" named by its title and
 * described in words; the drawing itself is hidden from screen readers, and the figures are in the
 * table the caller puts beside it. Each series has its own dash pattern and marker shape.
 */
export function LineChart({ id, title, description, categories, series }: { id: string; title: string; description: string; categories: Category[]; series: LineSeries[] }) {
  const scale = countScale(Math.max(0, ...series.flatMap((item) => item.values)));
  const step = PLOT_WIDTH / Math.max(1, categories.length);
  const x = (index: number) => LEFT + (index + 0.5) * step;
  const y = (value: number) => TOP + PLOT_HEIGHT - (value / scale.top) * PLOT_HEIGHT;
  return (
    <svg className="line-chart" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={tick === 0 ? "line-chart__axis" : "line-chart__grid"} />
            <text x={LEFT - 8} y={y(tick) + 5} textAnchor="end" className="line-chart__tick">
              {formatCount(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, index) => (
          <text key={category.key} x={x(index)} y={HEIGHT - BOTTOM + 22} textAnchor="middle" className="line-chart__tick">
            {category.label}
            {category.note ? (
              <tspan x={x(index)} dy={18}>
                {category.note}
              </tspan>
            ) : null}
          </text>
        ))}
        {series.map((item, order) => {
          const nudge = (order - (series.length - 1) / 2) * DODGE;
          return (
            <g key={item.key} className={`line-chart__series--${item.key}`}>
              <polyline
                className="line-chart__line"
                strokeDasharray={item.dash || undefined}
                points={item.values.map((value, index) => `${x(index) + nudge},${y(value)}`).join(" ")}
              />
              <g className="line-chart__marker">
                {item.values.map((value, index) => (
                  <MarkerShape key={index} marker={item.marker} x={x(index) + nudge} y={y(value)} />
                ))}
              </g>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
