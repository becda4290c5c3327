import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Content an officer writes in English (a topic, a survey) is translated field by field. Each
 * translatable field has a stable key ("title", "question.q3.option.yes"), and a translation is a
 * map from those keys to the translated text and the English it was translated from. Keys never
 * change when wording does, so answers, tallies and links never depend on a translation.
 *
 * A translation is shown only while the English it was made from is unchanged: a question reworded
 * in English, or one added since, shows in English (with the page saying so) until an officer
 * translates it again, so nobody answers a question the English no longer asks.
 */

/** line: a title or a label; text: a paragraph or more of plain text; rich: the topic's body (tiptap). */
export type FieldKind = "line" | "text" | "rich";

/** What a field is, for its label in the console. */
type FieldPart = "title" | "summary" | "body" | "document" | "thankYou" | "sectionTitle" | "intro" | "question" | "hint" | "option" | "row" | "minLabel" | "maxLabel" | "message";

export interface TranslatableField {
  key: string;
  kind: FieldKind;
  /** What this part of the content is, for its label in the console ("title", "hint", "option"). */
  part: FieldPart;
  /** The English as it is now: plain text (a rich body's text), compared with what was translated. */
  original: string;
  /** The most characters a translation may have. */
  max: number;
}

const ZStoredText = z.object({
  /** The translation: plain text, or for a rich field the editor's JSON. */
  text: z.string(),
  /** The English (plain text) it was translated from. */
  source: z.string(),
  /** A rich field's translation rendered and sanitised when it was saved. */
  html: z.string().optional(),
});

/** A stored translation of one subject into one language. */
export const ZTranslationFields = z.record(z.string().max(200), ZStoredText);
export type TranslationFields = z.output<typeof ZTranslationFields>;

export type FieldState = "translated" | "missing" | "outdated";

/** Whether a field has a translation that still matches its English. */
export function fieldState(field: TranslatableField, stored: TranslationFields | null): FieldState {
  const entry = stored?.[field.key];
  if (!entry || entry.text.trim() === "") return "missing";
  return entry.source === field.original ? "translated" : "outdated";
}

export interface TranslationProgress {
  total: number;
  translated: number;
  /** Keys of fields never translated (added to the English since, or left empty). */
  missing: string[];
  /** Keys of fields whose English has changed since they were translated. */
  outdated: string[];
}

/** How much of a subject a translation covers: what the console lists per language. */
export function translationProgress(fields: TranslatableField[], stored: TranslationFields | null): TranslationProgress {
  const progress: TranslationProgress = { total: fields.length, translated: 0, missing: [], outdated: [] };
  for (const field of fields) {
    const state = fieldState(field, stored);
    if (state === "translated") progress.translated += 1;
    else progress[state].push(field.key);
  }
  return progress;
}

/** Text as a page shows it, with the language it is in: the translation's, or English where there is none. */
export interface Shown {
  text: string;
  lang: Locale;
}

/**
 * One field for a reader of `locale`: its translation where one matches the English, otherwise the
 * English. `english` is what the page shows in English (for a rich field, its HTML).
 */
export function pickText(field: Pick<TranslatableField, "key" | "original">, english: string, stored: TranslationFields | null, locale: Locale): Shown {
  const entry = stored?.[field.key];
  if (locale === "en" || !entry || entry.text.trim() === "" || entry.source !== field.original) return { text: english, lang: "en" };
  return { text: entry.html ?? entry.text, lang: locale };
}

/**
 * Where a reader stands with a piece of content: reading in English anyway (no note), a translation
 * (with a link to the English), the English because there is no translation yet, or the English
 * because they asked for it.
 */
export type ReadingState = "english" | "translated" | "untranslated" | "original";

export function readingState(locale: Locale, shown: Shown[], askedForOriginal: boolean): ReadingState {
  if (locale === "en") return "english";
  const anyTranslated = shown.some((item) => item.lang !== "en");
  if (!anyTranslated) return "untranslated";
  return askedForOriginal ? "original" : "translated";
}

/** The translated fields worth keeping: non-empty, known to the subject, with the English they were made from. */
export function keepTranslated(fields: TranslatableField[], texts: Record<string, { text: string; html?: string }>): TranslationFields {
  const kept: TranslationFields = {};
  for (const field of fields) {
    const entry = texts[field.key];
    if (entry && entry.text.trim() !== "") kept[field.key] = { text: entry.text, source: field.original, ...(entry.html !== undefined ? { html: entry.html } : {}) };
  }
  return kept;
}
