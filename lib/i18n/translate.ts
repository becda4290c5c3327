import type { FieldErrors, FieldProblems, Message, MessageValue } from "@/lib/errors";
import { formatDate } from "@/lib/format/dates";

/** The part of a next-intl translator (root, no namespace) this needs: `getTranslations()` or `useTranslations()`. */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** Shown for a key that is missing from messages/ (tests/messages checks there are none): never the raw key. */
const MISSING = "validation.issue.custom";

function valueText(t: Translate, value: MessageValue): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  // Dates are formatted here, at the edge, so the language decides (today: "21 December 2026").
  if (value instanceof Date) return formatDate(value);
  if (Array.isArray(value)) return value.map((item: Message) => translate(t, item)).join(" ");
  return translate(t, value as Message);
}

/** A message in the translator's language. */
export function translate(t: Translate, message: Message): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = valueText(t, value);
  return t.has(message.key) ? t(message.key, values) : t(MISSING);
}

/** Problems by field, translated: what FormState and JSON bodies carry. */
export function translateFieldProblems(t: Translate, problems: FieldProblems): FieldErrors {
  return Object.fromEntries(Object.entries(problems).map(([field, messages]) => [field, messages.map((message) => translate(t, message))]));
}
