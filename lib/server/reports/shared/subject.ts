import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveys, topicKeyDates, topics } from "@/lib/db/schema";
import { allQuestions, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import type { ReportDate, ReportFacts } from "@/lib/domain/reports/facts";
import { NotFoundError } from "@/lib/errors";

/** What a report is of: a topic or a survey, by id. */
export type ReportSubject = { kind: "topic" | "survey"; id: string };

/** The subject as the report needs it: what was asked and when, and (surveys) the definition its results and themes use. */
export type SubjectRow = { title: string; slug: string; asked: ReportFacts["asked"]; definition: SurveyDefinition | null; status: string };

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

async function topicSubject(executor: Executor, id: string): Promise<SubjectRow> {
  const [topic] = await executor.select({ title: topics.title, slug: topics.slug, summary: topics.summary, body: topics.bodyText, status: topics.status }).from(topics).where(eq(topics.id, id));
  if (!topic) throw new NotFoundError("problems.report.notFound");
  const dates = await executor
    .select({ kind: topicKeyDates.kind, label: topicKeyDates.label, date: topicKeyDates.date })
    .from(topicKeyDates)
    .where(eq(topicKeyDates.topicId, id))
    .orderBy(asc(topicKeyDates.date), asc(topicKeyDates.sortOrder));
  return { title: topic.title, slug: topic.slug, status: topic.status, definition: null, asked: { summary: topic.summary, body: topic.body, questions: [], dates } };
}

async function surveySubject(executor: Executor, id: string): Promise<SubjectRow> {
  const [survey] = await executor
    .select({ title: surveys.title, slug: surveys.slug, summary: surveys.summary, status: surveys.status, opensAt: surveys.opensAt, closesAt: surveys.closesAt, definition: surveys.definition })
    .from(surveys)
    .where(eq(surveys.id, id));
  if (!survey) throw new NotFoundError("problems.report.notFound");
  const dates = [
    { kind: "opens", date: isoDay(survey.opensAt) },
    { kind: "closes", date: isoDay(survey.closesAt) },
  ].flatMap(({ kind, date }): ReportDate[] => (date ? [{ kind: kind as ReportDate["kind"], label: null, date }] : []));
  const questions = allQuestions(survey.definition).map(({ question }) => question.title);
  return { title: survey.title, slug: survey.slug, status: survey.status, definition: survey.definition, asked: { summary: survey.summary, body: "", questions, dates } };
}

export function readSubject(executor: Executor, subject: ReportSubject): Promise<SubjectRow> {
  return subject.kind === "topic" ? topicSubject(executor, subject.id) : surveySubject(executor, subject.id);
}
