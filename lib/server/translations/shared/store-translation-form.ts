import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Executor } from "@/lib/db/client";
import { message, ValidationError, type FieldProblems } from "@/lib/errors";
import { keepTranslated, type TranslatableField } from "@/lib/domain/translations/translation-fields";
import { readTranslationForm, translationFieldName } from "@/lib/domain/translations/translation-form";
import type { Locale } from "@/lib/i18n/locales";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { parseRichTextField } from "@/lib/server/topics/shared/parse-rich-text-field";
import { writeTranslation, type Subject } from "./translation-store";

/** Officers' translation saves and removals share one limit. */
export const TRANSLATION_WRITE_RATE = { limit: 60, windowSeconds: 600 };

/** The editor's JSON for a rich field may be this long at most (as the topic form's). */
const RICH_JSON_MAX = 1_000_000;

/** A rich field's posted JSON, rendered and sanitised; an empty document is no translation. */
function renderRich(field: TranslatableField, json: string, problems: FieldProblems): { text: string; html?: string } {
  const name = translationFieldName(field.key);
  if (json === "") return { text: "" };
  if (json.length > RICH_JSON_MAX) {
    problems[name] = [message("validation.contentTranslations.tooLong", { max: field.max })];
    return { text: "" };
  }
  let rendered: ReturnType<typeof parseRichTextField>;
  try {
    rendered = parseRichTextField(name, json);
  } catch (error) {
    // Said beside the field, with any other field's problems.
    if (!(error instanceof ValidationError)) throw error;
    problems[name] = error.fieldProblems[name] ?? [error.userMessage];
    return { text: "" };
  }
  if (rendered.text.trim() === "") return { text: "" };
  if (rendered.text.length > field.max) problems[name] = [message("validation.contentTranslations.tooLong", { max: field.max })];
  return { text: JSON.stringify(rendered.json), html: rendered.html };
}

/**
 * Reads a translation form against the subject's fields as they are now and stores what was
 * translated (each with the English it was made from), in the caller's transaction, with an audit
 * entry. Throws the problems by field; a form with nothing translated is refused (removing a
 * translation is its own action).
 */
export async function storeTranslationForm(tx: Executor, officer: CurrentUser, subject: Subject, locale: Locale, fields: TranslatableField[], form: Record<string, unknown>): Promise<{ translated: number }> {
  await consumeRateLimit(tx, `translation:${officer.id}`, TRANSLATION_WRITE_RATE);
  const { texts, problems } = readTranslationForm(fields, form);
  const entries: Record<string, { text: string; html?: string }> = {};
  for (const field of fields) {
    const text = texts[field.key] ?? "";
    entries[field.key] = field.kind === "rich" ? renderRich(field, text, problems) : { text };
  }
  if (Object.keys(problems).length > 0) throw new ValidationError("problems.contentTranslations.needsChanges", problems);
  const kept = keepTranslated(fields, entries);
  const translated = Object.keys(kept).length;
  if (translated === 0) throw new ValidationError("problems.contentTranslations.nothingTranslated");
  await writeTranslation(tx, subject, locale, kept, officer.id);
  await recordAudit(tx, { actorId: officer.id, action: "translation.saved", subjectType: subject.kind, subjectId: subject.id, details: { locale, translated, of: fields.length } });
  return { translated };
}
