import type { Locale } from "@/lib/i18n/locales";
import { dateFormatter } from "./formatters";

/*
 * Dates in the page's language (lib/i18n/request-locale) unless a language is given: emails and
 * client components pass theirs.
 */
const LONG: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };
const WITH_TIME: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" };
const DAY_KEY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });

/** "2026-12-21" becomes "21 December 2026". */
export function formatIsoDate(isoDate: string, locale?: Locale): string {
  return dateFormatter("long", LONG, locale).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "2026-12-21" becomes { day: "21", month: "Dec" }: for a chart's axis, a line each. */
export function isoDateParts(isoDate: string, locale?: Locale): { day: string; month: string } {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return { day: dateFormatter("day", { day: "numeric" }, locale).format(date), month: dateFormatter("month", { month: "short" }, locale).format(date) };
}

export function formatDateTime(date: Date, locale?: Locale): string {
  return dateFormatter("withTime", WITH_TIME, locale).format(date);
}

/** A recent moment: "10:42" when it was today (in Coventry), "3 Dec 2026, 10:42" before. */
export function formatWhen(date: Date, now = new Date(), locale?: Locale): string {
  return DAY_KEY.format(date) === DAY_KEY.format(now) ? dateFormatter("time", { hour: "2-digit", minute: "2-digit" }, locale).format(date) : formatDateTime(date, locale);
}

/** A moment as a day: "21 December 2026". */
export function formatDate(date: Date, locale?: Locale): string {
  return dateFormatter("long", LONG, locale).format(date);
}
