import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { TranslationFields } from "@/lib/domain/translations/translation-fields";
import type { Locale } from "@/lib/i18n/locales";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./common";
import { summaryIntros } from "./summaries";
import { surveys } from "./surveys";
import { topics } from "./topics";

/**
 * Officers' translations of content written in English: one row per subject (a topic, a survey, the summaries' message)
 * and language, its translated fields as JSON keyed by field (lib/domain/translations). One table
 * for every kind of content, read and written only through lib/server/translations/shared; each
 * subject has its own column with a foreign key, so a translation goes when its topic or survey does.
 */
export const contentTranslations = pgTable(
  "content_translations",
  {
    id: id(),
    topicId: uuid("topic_id").references(() => topics.id, { onDelete: "cascade" }),
    surveyId: uuid("survey_id").references(() => surveys.id, { onDelete: "cascade" }),
    summaryIntroId: text("summary_intro_id").references(() => summaryIntros.id, { onDelete: "cascade" }),
    locale: text("locale").$type<Locale>().notNull(),
    /** Field key -> { text, source (the English it was made from), html (rich fields) }. */
    fields: jsonb("fields").$type<TranslationFields>().notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("content_translations_topic_locale").on(table.topicId, table.locale),
    uniqueIndex("content_translations_survey_locale").on(table.surveyId, table.locale),
    uniqueIndex("content_translations_summary_intro_locale").on(table.summaryIntroId, table.locale),
    check("content_translations_one_subject", sql`num_nonnulls(${table.topicId}, ${table.surveyId}, ${table.summaryIntroId}) = 1`),
    // English is the original, never a translation.
    check("content_translations_not_english", sql`${table.locale} <> 'en'`),
  ],
).enableRLS();
