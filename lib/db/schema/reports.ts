import { jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./common";
import { surveys } from "./surveys";
import { topics } from "./topics";

export const reportStatus = pgEnum("report_status", ["draft", "published"]);

/** One section of a report: whether it is included, and the officer's narrative for it. */
export type ReportSectionChoice = { key: string; included: boolean; narrative: string };

/** The consultation report of a topic or a survey: drafted by officers, then published ("you said, we did"). */
export const consultationReports = pgTable(
  "consultation_reports",
  {
    id: id(),
    topicId: uuid("topic_id").references(() => topics.id, { onDelete: "cascade" }),
    surveyId: uuid("survey_id").references(() => surveys.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    sections: jsonb("sections").$type<ReportSectionChoice[]>().notNull().default([]),
    /** "We did": the council's decision, in the officer's words. */
    decision: text("decision").notNull().default(""),
    status: reportStatus("status").notNull().default("draft"),
    /**
     * What was published, frozen at publishing (the report's figures, already suppressed, with the
     * choices and the decision): the public page and the public downloads read this, never the live data.
     */
    publishedContent: jsonb("published_content").$type<unknown>(),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex("consultation_reports_topic").on(table.topicId), uniqueIndex("consultation_reports_survey").on(table.surveyId)],
).enableRLS();
