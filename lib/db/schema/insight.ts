import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./common";
import { surveys } from "./surveys";
import { topics } from "./topics";

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** What is analysed: a topic's comments, or the written answers to one free-text survey question. */
export const insightSubjectKind = pgEnum("insight_subject_kind", ["topic", "survey_question"]);
export const insightRunStatus = pgEnum("insight_run_status", ["queued", "running", "done", "failed"]);
/** analysis: proposed by a run and not yet touched; officer: made, renamed, merged into or split by an officer. */
export const insightOrigin = pgEnum("insight_origin", ["analysis", "officer"]);
/** A topic's comment, or a survey response (its answer to the subject's question). */
export const insightItemKind = pgEnum("insight_item_kind", ["comment", "answer"]);

export const insightSubjects = pgTable(
  "insight_subjects",
  {
    id: id(),
    kind: insightSubjectKind("kind").notNull(),
    topicId: uuid("topic_id").references(() => topics.id, { onDelete: "cascade" }),
    surveyId: uuid("survey_id").references(() => surveys.id, { onDelete: "cascade" }),
    /** The free-text question's key (survey_question subjects only). */
    questionKey: text("question_key"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("insight_subjects_topic").on(table.topicId).where(sql`${table.kind} = 'topic'`),
    uniqueIndex("insight_subjects_question").on(table.surveyId, table.questionKey).where(sql`${table.kind} = 'survey_question'`),
  ],
).enableRLS();

/** One analysis of a subject, run as a job off the request path; progress is shown on the page. */
export const insightRuns = pgTable(
  "insight_runs",
  {
    id: id(),
    subjectId: uuid("subject_id")
      .notNull()
      .references(() => insightSubjects.id, { onDelete: "cascade" }),
    status: insightRunStatus("status").notNull().default("queued"),
    /** Items read so far and in all, for the progress bar. */
    processed: integer("processed").notNull().default(0),
    total: integer("total").notNull().default(0),
    /** Items in a language the analysis does not read (listed by language, never dropped). */
    notAnalysed: integer("not_analysed").notNull().default(0),
    themesProposed: integer("themes_proposed").notNull().default(0),
    error: text("error"),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    startedAt: timestamptz("started_at"),
    finishedAt: timestamptz("finished_at"),
  },
  (table) => [index("insight_runs_subject_idx").on(table.subjectId, table.createdAt), index("insight_runs_status_idx").on(table.status, table.createdAt)],
).enableRLS();

export const insightThemes = pgTable(
  "insight_themes",
  {
    id: id(),
    subjectId: uuid("subject_id")
      .notNull()
      .references(() => insightSubjects.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    /** The key phrases that explain the theme, strongest first. */
    keyPhrases: jsonb("key_phrases").$type<string[]>().notNull().default([]),
    origin: insightOrigin("origin").notNull().default("analysis"),
    /** Deleted by an officer: kept (hidden) so a re-run does not propose it again. */
    deletedAt: timestamptz("deleted_at"),
    /** Merged by an officer into another theme: kept (hidden) so a re-run proposes into the survivor. */
    mergedInto: uuid("merged_into").references((): AnyPgColumn => insightThemes.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("insight_themes_subject_idx").on(table.subjectId)],
).enableRLS();

/** An item coded to a theme, by a run (proposed) or by an officer; several themes per item. */
export const insightCodings = pgTable(
  "insight_codings",
  {
    themeId: uuid("theme_id")
      .notNull()
      .references(() => insightThemes.id, { onDelete: "cascade" }),
    itemKind: insightItemKind("item_kind").notNull(),
    /** comments.id, or survey_responses.id for an answer. */
    itemId: uuid("item_id").notNull(),
    source: insightOrigin("source").notNull(),
    /** How well the item cites the theme (analysis; an officer's code scores 1): the best are quoted. */
    score: real("score").notNull().default(1),
    /** An officer took the item out of the theme: a re-run never puts it back. */
    removed: boolean("removed").notNull().default(false),
    codedBy: uuid("coded_by").references(() => users.id, { onDelete: "set null" }),
    codedAt: timestamptz("coded_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.themeId, table.itemKind, table.itemId] }), index("insight_codings_item_idx").on(table.itemKind, table.itemId)],
).enableRLS();
