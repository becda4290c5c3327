const PERCENT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const DECIMAL = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat("en-GB");

/** 80 becomes "80%", 33.333 "33.3%". */
export function formatPercent(percent: number): string {
  return `${PERCENT.format(percent)}%`;
}

/** A mean or median: at most two decimal places. */
export function formatDecimal(value: number): string {
  return DECIMAL.format(value);
}

/** 12345 becomes "12,345". */
export function formatCount(count: number): string {
  return WHOLE.format(count);
}
