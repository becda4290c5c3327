import { message, type FieldProblems } from "@/lib/errors";
import type { TranslatableField } from "./translation-fields";

/** The form field a translatable field is posted in: `t.title`, `t.question.q3.option.yes`. */
export function translationFieldName(key: string): string {
  return `t.${key}`;
}

/** Its element id, for labels and the error summary's links (no dots, so it is also a plain CSS id). */
export function translationFieldId(key: string): string {
  return `tr-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

export interface ReadTranslation {
  /** Each field's text as posted (line endings normalised, trimmed); a rich field's is the editor's JSON. */
  texts: Record<string, string>;
  problems: FieldProblems;
}

/**
 * Reads a translation form: one text per field the subject has now (anything else posted is ignored),
 * each within its length. An empty field is simply not translated.
 */
export function readTranslationForm(fields: TranslatableField[], form: Record<string, unknown>): ReadTranslation {
  const texts: Record<string, string> = {};
  const problems: FieldProblems = {};
  for (const field of fields) {
    const name = translationFieldName(field.key);
    const raw = form[name];
    const text = typeof raw === "string" ? raw.replace(/\r\n?/g, "\n").trim() : "";
    // A rich field's JSON is longer than its words: the server checks the rendered text's length.
    if (field.kind !== "rich" && text.length > field.max) problems[name] = [message("validation.contentTranslations.tooLong", { max: field.max })];
    texts[field.key] = field.kind === "line" ? text.replace(/\s*\n\s*/g, " ") : text;
  }
  return { texts, problems };
}
