import "server-only";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { contentTranslations } from "@/lib/db/schema";
import { ZTranslationFields, type TranslationFields } from "@/lib/domain/translations/translation-fields";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The one place translations are stored and read (the content_translations table): a subject, a
 * topic, a survey or the summaries' message, has at most one translation per language. What is read is parsed, never
 * trusted: a row whose fields do not parse reads as no translation.
 */
export type SubjectKind = "topic" | "survey" | "summaryIntro";
export type Subject = { kind: SubjectKind; id: string };

const COLUMNS = { topic: contentTranslations.topicId, survey: contentTranslations.surveyId, summaryIntro: contentTranslations.summaryIntroId } as const;
const KEYS = { topic: "topicId", survey: "surveyId", summaryIntro: "summaryIntroId" } as const;
const column = (kind: SubjectKind) => COLUMNS[kind];
const ofSubject = (subject: Subject): SQL => eq(column(subject.kind), subject.id);

function parsed(fields: unknown): TranslationFields | null {
  const result = ZTranslationFields.safeParse(fields);
  return result.success ? result.data : null;
}

/** The subject's translation into `locale`, or null (English has none: it is the original). */
export async function readTranslation(executor: Executor, subject: Subject, locale: Locale): Promise<TranslationFields | null> {
  if (locale === "en") return null;
  const [row] = await executor
    .select({ fields: contentTranslations.fields })
    .from(contentTranslations)
    .where(and(ofSubject(subject), eq(contentTranslations.locale, locale)));
  return row ? parsed(row.fields) : null;
}

/** Translations into `locale` of many subjects of one kind (a list of topic cards), by subject id. */
export async function readTranslations(executor: Executor, kind: SubjectKind, ids: string[], locale: Locale): Promise<Map<string, TranslationFields>> {
  if (locale === "en" || ids.length === 0) return new Map();
  const subjectId = column(kind);
  const rows = await executor
    .select({ id: subjectId, fields: contentTranslations.fields })
    .from(contentTranslations)
    .where(and(inArray(subjectId, ids), eq(contentTranslations.locale, locale)));
  const found = new Map<string, TranslationFields>();
  for (const row of rows) {
    const fields = parsed(row.fields);
    if (row.id && fields) found.set(row.id, fields);
  }
  return found;
}

export interface StoredTranslation {
  locale: Locale;
  fields: TranslationFields;
  updatedAt: Date;
}

/** Every translation of a subject, for the console's list of languages. */
export async function listTranslations(executor: Executor, subject: Subject): Promise<StoredTranslation[]> {
  const rows = await executor
    .select({ locale: contentTranslations.locale, fields: contentTranslations.fields, updatedAt: contentTranslations.updatedAt })
    .from(contentTranslations)
    .where(ofSubject(subject));
  return rows.flatMap((row) => {
    const fields = parsed(row.fields);
    return isLocale(row.locale) && fields ? [{ locale: row.locale, fields, updatedAt: row.updatedAt }] : [];
  });
}

/** Saves the subject's translation into `locale`, replacing any earlier one. */
export async function writeTranslation(executor: Executor, subject: Subject, locale: Locale, fields: TranslationFields, userId: string): Promise<void> {
  const values = { locale, fields, updatedBy: userId, updatedAt: new Date() };
  const target = [column(subject.kind), contentTranslations.locale];
  await executor
    .insert(contentTranslations)
    .values({ ...values, [KEYS[subject.kind]]: subject.id })
    .onConflictDoUpdate({ target, set: values });
}

/** Removes the subject's translation into `locale`; says whether there was one. */
export async function deleteTranslation(executor: Executor, subject: Subject, locale: Locale): Promise<boolean> {
  const removed = await executor
    .delete(contentTranslations)
    .where(and(ofSubject(subject), eq(contentTranslations.locale, locale)))
    .returning({ id: contentTranslations.id });
  return removed.length > 0;
}
