import type { Locale } from "@/lib/i18n/locales";
import { numberFormatter } from "./formatters";

/** 80 becomes "80%", 33.333 "33.3%" (in the page's language unless one is given). */
export function formatPercent(percent: number, locale?: Locale): string {
  return numberFormatter("percent", { style: "percent", maximumFractionDigits: 1 }, locale).format(percent / 100);
}

/** A mean or median: at most two decimal places. */
export function formatDecimal(value: number, locale?: Locale): string {
  return numberFormatter("decimal", { maximumFractionDigits: 2 }, locale).format(value);
}

/** 12345 becomes "12,345". */
export function formatCount(count: number, locale?: Locale): string {
  return numberFormatter("whole", {}, locale).format(count);
}
