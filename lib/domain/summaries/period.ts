/**
 * Summary periods, in Europe/London time: a week runs from Monday 00:00 to the next Monday 00:00,
 * a month from the 1st 00:00 to the next 1st. Instants are UTC Dates; civil dates are "YYYY-MM-DD".
 */
export const FREQUENCIES = ["weekly", "monthly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Period {
  frequency: Frequency;
  /** Inclusive start and exclusive end, as instants. */
  start: Date;
  end: Date;
  /** The London calendar date the period starts on. */
  startDate: string;
  /** Stable: "2026-W47" (ISO week) or "2026-11". */
  key: string;
}

const TIME_ZONE = "Europe/London";
const PARTS = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
const DAY_MS = 86_400_000;

type Civil = { year: number; month: number; day: number };

function londonParts(instant: Date) {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** The instant London's clocks show 00:00 on a civil date (midnight is never skipped or repeated there). */
function londonMidnight({ year, month, day }: Civil): Date {
  const guess = Date.UTC(year, month - 1, day);
  const shown = londonParts(new Date(guess));
  const offset = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second) - guess;
  return new Date(guess - offset);
}

/** A civil date moved by whole days, without time zones getting in the way. */
function addDays(civil: Civil, days: number): Civil {
  const moved = new Date(Date.UTC(civil.year, civil.month - 1, civil.day) + days * DAY_MS);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

const pad = (value: number) => String(value).padStart(2, "0");
const isoDate = (civil: Civil) => `${civil.year}-${pad(civil.month)}-${pad(civil.day)}`;

/** ISO 8601 week-numbering year and week of a civil date. */
function isoWeek(civil: Civil): { year: number; week: number } {
  const weekday = (new Date(Date.UTC(civil.year, civil.month - 1, civil.day)).getUTCDay() + 6) % 7;
  const thursday = addDays(civil, 3 - weekday);
  const firstJan = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - firstJan) / DAY_MS / 7) + 1;
  return { year: thursday.year, week };
}

function weekFrom(monday: Civil): Period {
  const { year, week } = isoWeek(monday);
  return { frequency: "weekly", start: londonMidnight(monday), end: londonMidnight(addDays(monday, 7)), startDate: isoDate(monday), key: `${year}-W${pad(week)}` };
}

function monthFrom(year: number, month: number): Period {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    frequency: "monthly",
    start: londonMidnight({ year, month, day: 1 }),
    end: londonMidnight({ ...next, day: 1 }),
    startDate: isoDate({ year, month, day: 1 }),
    key: `${year}-${pad(month)}`,
  };
}

/** The London calendar date of an instant, "YYYY-MM-DD". */
export function londonIsoDate(instant: Date): string {
  return isoDate(londonParts(instant));
}

/** A "YYYY-MM-DD" date moved by whole days. */
export function addIsoDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return isoDate(addDays({ year: year ?? 1970, month: month ?? 1, day: day ?? 1 }, days));
}

/** The period that contains `instant`. */
export function periodContaining(frequency: Frequency, instant: Date): Period {
  const { year, month, day } = londonParts(instant);
  if (frequency === "monthly") return monthFrom(year, month);
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return weekFrom(addDays({ year, month, day }, -weekday));
}

/** The period just before this one. */
export function previousPeriod(period: Period): Period {
  return periodContaining(period.frequency, new Date(period.start.getTime() - 1));
}

/** The newest period that has ended by `now`: what a scheduled summary reports on. */
export function lastCompletedPeriod(frequency: Frequency, now: Date): Period {
  return previousPeriod(periodContaining(frequency, now));
}

/** The `count` newest completed periods, newest first: the console's period picker. */
export function recentPeriods(frequency: Frequency, now: Date, count: number): Period[] {
  const periods = [lastCompletedPeriod(frequency, now)];
  while (periods.length < count) periods.push(previousPeriod(periods[periods.length - 1] as Period));
  return periods;
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** The period a key names, or null for anything else (week 54, month 13, stray text). */
export function parsePeriodKey(key: string): Period | null {
  const month = MONTH_KEY.exec(key);
  if (month) {
    const [year, number] = [Number(month[1]), Number(month[2])];
    return number >= 1 && number <= 12 ? monthFrom(year, number) : null;
  }
  const week = WEEK_KEY.exec(key);
  if (!week) return null;
  const [year, number] = [Number(week[1]), Number(week[2])];
  // Week 1 is the week with 4 January in it.
  const fourth = { year, month: 1, day: 4 };
  const weekday = (new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7;
  const period = weekFrom(addDays(fourth, (number - 1) * 7 - weekday));
  return period.key === key ? period : null;
}
