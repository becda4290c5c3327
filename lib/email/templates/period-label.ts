import { formatIsoDate } from "@/lib/format/dates";
import { dateFormatter } from "@/lib/format/formatters";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { emailTranslator } from "@/lib/i18n/translator";
import type { Period } from "@/lib/domain/summaries/period";

/** "week of 16 November 2026" or "November 2026". */
export function periodLabel(period: Period, locale: Locale = DEFAULT_LOCALE): string {
  const t = emailTranslator(locale);
  if (period.frequency === "weekly") return t("summary.period.weekly", { date: formatIsoDate(period.startDate, locale) });
  return t("summary.period.monthly", { month: dateFormatter("month-year", { month: "long", year: "numeric" }, locale).format(period.start) });
}
