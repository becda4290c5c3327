import { message, type Message } from "@/lib/errors";

/** How a response reached the council: the website, or an officer entering one from paper, a call or an event. */
export const RESPONSE_CHANNELS = ["web", "paper", "phone", "event"] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

/** The channels an officer enters responses from (the website's come through its own pages). */
export const OFFLINE_CHANNELS = ["paper", "phone", "event"] as const;
export type OfflineChannel = (typeof OFFLINE_CHANNELS)[number];

export const isOfflineChannel = (value: string): value is OfflineChannel => (OFFLINE_CHANNELS as readonly string[]).includes(value);

/** A date written as 2026-03-27 or 27/03/2026 (or 27/3/2026, with dashes or dots), as its parts; null when it is neither. */
export function splitDate(raw: string): { day: string; month: string; year: string } | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return { year: iso[1] ?? "", month: iso[2] ?? "", day: iso[3] ?? "" };
  const british = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (british) return { day: british[1] ?? "", month: british[2] ?? "", year: british[3] ?? "" };
  return null;
}

/** The parts as a real calendar day (yyyy-mm-dd), or null (31 February). */
function realDay(parts: { day: string; month: string; year: string }): string | null {
  const iso = `${parts.year}-${parts.month.padStart(2, "0")}-${parts.day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * The day a paper, phone or event response was received: blank is today; otherwise a real day,
 * written as above, not after today (`today` is London's day, yyyy-mm-dd).
 */
export function readReceivedDay(raw: string, today: string): { ok: true; day: string | null } | { ok: false; error: Message } {
  if (raw.trim() === "") return { ok: true, day: null };
  const parts = splitDate(raw);
  const day = parts ? realDay(parts) : null;
  if (!day) return { ok: false, error: message("validation.surveyEntry.receivedDate") };
  if (day > today) return { ok: false, error: message("validation.surveyEntry.receivedFuture") };
  return { ok: true, day };
}
