const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "Europe/London" });
const WITH_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** "2026-12-21" becomes "21 December 2026". */
export function formatIsoDate(isoDate: string): string {
  return LONG.format(new Date(`${isoDate}T12:00:00Z`));
}

/** "2026-12-21" becomes "21 Dec": for a chart's axis, where the year is in the title. */
export function formatShortIsoDate(isoDate: string): string {
  return SHORT.format(new Date(`${isoDate}T12:00:00Z`));
}

export function formatDateTime(date: Date): string {
  return WITH_TIME.format(date);
}

/** A moment as a day: "21 December 2026". */
export function formatDate(date: Date): string {
  return LONG.format(date);
}
