const DAY = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/London" });
const OFFSET = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" });

/** Minutes London is ahead of UTC at this moment (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: Date): number {
  const name = OFFSET.formatToParts(at).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = name.match(/GMT([+-])(\d{1,2})(?::(\d{2}))?/);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** Midnight at the start of a London calendar day ("2026-06-01" → 2026-05-31T23:00:00Z). */
export function startOfLondonDay(isoDate: string): Date {
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - londonOffsetMinutes(utcMidnight) * 60_000);
}

/** The London calendar day a moment falls on, as yyyy-mm-dd. */
export function londonDay(at: Date): string {
  return DAY.format(at);
}

/** A survey closes at the end of its closing day: the moment the next London day starts. */
export function endOfLondonDay(isoDate: string): Date {
  const next = new Date(`${isoDate}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return startOfLondonDay(next.toISOString().slice(0, 10));
}

/** The closing day of a survey that closes at `closesAt` (the inverse of `endOfLondonDay`). */
export function closingDay(closesAt: Date): string {
  return londonDay(new Date(closesAt.getTime() - 1));
}
