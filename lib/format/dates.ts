const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", timeZone: "Europe/London" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "Europe/London" });
const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
const DAY_KEY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });
const WITH_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** "2026-12-21" becomes "21 December 2026". */
export function formatIsoDate(isoDate: string): string {
  return LONG.format(new Date(`${isoDate}T12:00:00Z`));
}

/** "2026-12-21" becomes { day: "21", month: "Dec" }: for a chart's axis, a line each. */
export function isoDateParts(isoDate: string): { day: string; month: string } {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return { day: DAY.format(date), month: MONTH.format(date) };
}

export function formatDateTime(date: Date): string {
  return WITH_TIME.format(date);
}

/** A recent moment: "10:42" when it was today (in Coventry), "3 Dec 2026, 10:42" before. */
export function formatWhen(date: Date, now = new Date()): string {
  return DAY_KEY.format(date) === DAY_KEY.format(now) ? TIME.format(date) : WITH_TIME.format(date);
}

/** A moment as a day: "21 December 2026". */
export function formatDate(date: Date): string {
  return LONG.format(date);
}
