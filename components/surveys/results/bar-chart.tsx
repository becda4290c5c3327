export interface ChartBar {
  label: string;
  /** 0 to 100; null draws no bar (a suppressed count). */
  percent: number | null;
  /** What the bar says at its end, e.g. "80% (24)" or "fewer than 5". */
  text: string;
  /** "light": a paler bar, to tell the two of a pair apart (its label says which is which). */
  tone?: "light";
}

const WIDTH = 640;
const ROW = 50;
const LABEL_CHARS = 72;
const BAR_SPACE = 480;

const clip = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

/**
 * A horizontal bar chart in SVG: role="img" named by its title and described by every bar in words,
 * so a screen reader hears the figures; the data table beside it carries them too.
 */
export function BarChart({ id, title, bars }: { id: string; title: string; bars: ChartBar[] }) {
  const height = bars.length * ROW + 4;
  const description = bars.map((bar) => `${bar.label}: ${bar.text}`).join("; ");
  return (
    <svg className="bar-chart" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar, index) => {
        const y = index * ROW;
        const width = bar.percent === null ? 0 : Math.max(bar.percent > 0 ? 2 : 0, (bar.percent / 100) * BAR_SPACE);
        return (
          <g key={`${bar.label}-${index}`} aria-hidden="true">
            <text x={0} y={y + 17} className="bar-chart__label">
              {clip(bar.label)}
            </text>
            <rect x={0} y={y + 25} width={width} height={18} className={bar.tone ? `bar-chart__bar bar-chart__bar--${bar.tone}` : "bar-chart__bar"} />
            <text x={width + 8} y={y + 39} className="bar-chart__value">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
