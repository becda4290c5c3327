import type { Locale } from "@/lib/i18n/locales";
import { numberFormatter } from "./formatters";

/** "2.4 MB", "830 kB", "120 byte", in the page's language unless one is given. */
export function formatFileSize(bytes: number, locale?: Locale): string {
  if (bytes >= 1024 * 1024) return numberFormatter("megabytes", { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }, locale).format(bytes / (1024 * 1024));
  if (bytes >= 1024) return numberFormatter("kilobytes", { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }, locale).format(bytes / 1024);
  return numberFormatter("bytes", { style: "unit", unit: "byte", unitDisplay: "long" }, locale).format(bytes);
}
