export interface ChartBar {
  label: string;
  /** 0 to 100; null draws no bar (a suppressed count). */
  percent: number | null;
  /** What the bar says at its end, e.g. "80% (24)" or "fewer than 5". */
  text: string;
  /** "light": a paler bar, to tell the two of a pair apart (its label says which is which). */
  tone?: "light";
}

/** The share of the row the longest bar takes: the rest is left for its figure. */
const BAR_SPACE = 75;

/**
 * A horizontal bar chart in HTML: one row per bar, its label above and its figure at the bar's end.
 * Being text, it keeps the page's font size and wraps long labels on a phone (a scaled SVG shrank
 * its words to about 8 px at 375 px). It is one image to assistive technology (role="img", named by
 * its title and described by every bar in words); the data table beside it carries the figures too.
 */
export function BarChart({ id, title, bars }: { id: string; title: string; bars: ChartBar[] }) {
  const description = bars.map((bar) => `${bar.label}: ${bar.text}`).join("; ");
  return (
    <div className="bar-chart" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <span id={`${id}-title`} hidden>
        {title}
      </span>
      <span id={`${id}-desc`} hidden>
        {description}
      </span>
      {bars.map((bar, index) => {
        const width = bar.percent === null ? 0 : Math.max(bar.percent > 0 ? 0.5 : 0, (bar.percent / 100) * BAR_SPACE);
        return (
          <div key={`${bar.label}-${index}`} className="bar-chart__row" aria-hidden="true">
            <span className="bar-chart__label">{bar.label}</span>
            <span className="bar-chart__track">
              {width > 0 ? <span className={bar.tone ? `bar-chart__bar bar-chart__bar--${bar.tone}` : "bar-chart__bar"} style={{ width: `${width}%` }} /> : null}
              <span className="bar-chart__value">{bar.text}</span>
            </span>
          </div>
        );
      })}
    </div>
  );
}
