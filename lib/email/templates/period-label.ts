import { formatIsoDate } from "@/lib/format/dates";
import { emailTranslator } from "@/lib/i18n/translator";
import type { Period } from "@/lib/domain/summaries/period";

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "Europe/London" });

/** "week of 16 November 2026" or "November 2026". */
export function periodLabel(period: Period): string {
  const t = emailTranslator();
  return period.frequency === "weekly" ? t("summary.period.weekly", { date: formatIsoDate(period.startDate) }) : t("summary.period.monthly", { month: MONTH.format(period.start) });
}
