import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { surveys, topics } from "@/lib/db/schema";
import { allQuestions } from "@/lib/domain/surveys/definition";
import { NotFoundError } from "@/lib/errors";
import { queryRows } from "@/lib/server/shared/query-rows";
import { eq } from "drizzle-orm";

/** What is analysed, as a page names it: a topic, or one free-text question of a survey. */
export type SubjectRef = { kind: "topic"; topicId: string } | { kind: "survey_question"; surveyId: string; questionKey: string };
export type Subject = SubjectRef & { id: string };

const ZSubjectRow = z.object({ id: z.string(), kind: z.enum(["topic", "survey_question"]), topicId: z.string().nullable(), surveyId: z.string().nullable(), questionKey: z.string().nullable() });

function subjectOf(row: z.output<typeof ZSubjectRow>): Subject {
  if (row.kind === "topic" && row.topicId) return { kind: "topic", topicId: row.topicId, id: row.id };
  if (row.kind === "survey_question" && row.surveyId && row.questionKey) return { kind: "survey_question", surveyId: row.surveyId, questionKey: row.questionKey, id: row.id };
  throw new Error(`insight subject ${row.id} names nothing`);
}

const SUBJECT_COLUMNS = sql`id, kind::text as kind, topic_id as "topicId", survey_id as "surveyId", question_key as "questionKey"`;

const refWhere = (ref: SubjectRef): SQL =>
  ref.kind === "topic" ? sql`kind = 'topic' and topic_id = ${ref.topicId}` : sql`kind = 'survey_question' and survey_id = ${ref.surveyId} and question_key = ${ref.questionKey}`;

/** The subject's row, or null when it was never analysed. */
export async function findSubject(executor: Executor, ref: SubjectRef): Promise<Subject | null> {
  const [row] = await queryRows(executor, sql`select ${SUBJECT_COLUMNS} from insight_subjects where ${refWhere(ref)}`, ZSubjectRow);
  return row ? subjectOf(row) : null;
}

/** The subject by id, locked for this transaction (runs and officers' changes to one subject take turns). */
export async function lockSubject(executor: Executor, subjectId: string): Promise<Subject> {
  const [row] = await queryRows(executor, sql`select ${SUBJECT_COLUMNS} from insight_subjects where id = ${subjectId} for update`, ZSubjectRow);
  if (!row) throw new NotFoundError("problems.insight.notFound");
  return subjectOf(row);
}

/** The subject's row, made the first time (idempotent: two officers at once make one). */
export async function ensureSubject(executor: Executor, ref: SubjectRef): Promise<Subject> {
  const found = await findSubject(executor, ref);
  if (found) return found;
  const insert =
    ref.kind === "topic"
      ? sql`insert into insight_subjects (kind, topic_id) values ('topic', ${ref.topicId}) on conflict (topic_id) where kind = 'topic' do nothing`
      : sql`insert into insight_subjects (kind, survey_id, question_key) values ('survey_question', ${ref.surveyId}, ${ref.questionKey}) on conflict (survey_id, question_key) where kind = 'survey_question' do nothing`;
  await executor.execute(insert);
  const made = await findSubject(executor, ref);
  if (!made) throw new Error("insight subject was not made");
  return made;
}

/** What the subject is about, for headings: the topic's or survey's title and, for a question, its title. */
export type SubjectTitle = { title: string; question: string | null; slug: string };

/** Checks the topic, or the survey and its free-text question, exist; returns their titles. */
export async function describeSubject(executor: Executor, ref: SubjectRef): Promise<SubjectTitle> {
  if (ref.kind === "topic") {
    const [topic] = await executor.select({ title: topics.title, slug: topics.slug }).from(topics).where(eq(topics.id, ref.topicId));
    if (!topic) throw new NotFoundError("problems.insight.notFound");
    return { ...topic, question: null };
  }
  const [survey] = await executor.select({ title: surveys.title, slug: surveys.slug, definition: surveys.definition }).from(surveys).where(eq(surveys.id, ref.surveyId));
  const question = survey ? freeTextQuestions(survey.definition).find((candidate) => candidate.key === ref.questionKey) : undefined;
  if (!survey || !question) throw new NotFoundError("problems.insight.notFound");
  return { title: survey.title, slug: survey.slug, question: question.title };
}

/** A survey's free-text questions (short and long text): the ones that can be analysed. */
export function freeTextQuestions(definition: Parameters<typeof allQuestions>[0]): { key: string; title: string }[] {
  return allQuestions(definition)
    .map(({ question }) => question)
    .filter((question) => question.type === "short_text" || question.type === "long_text")
    .map((question) => ({ key: question.id, title: question.title }));
}

/**
 * The subject's live items, as rows (item_kind, item_id, text, locale, person_id, at): a topic's
 * published comments, or the answers to the question in submitted responses. Everything that shows
 * or counts an item joins on this, so a comment that is hidden, deleted or erased, or a response
 * removed, never surfaces, whatever codings point at it (they have no foreign key).
 */
export function liveItems(subject: SubjectRef): SQL {
  if (subject.kind === "topic") {
    return sql`select 'comment'::insight_item_kind as item_kind, c.id as item_id, c.body as text, c.locale, c.author_id as person_id, c.created_at as at
      from comments c where c.topic_id = ${subject.topicId} and c.status = 'published'`;
  }
  return sql`select 'answer'::insight_item_kind as item_kind, r.id as item_id, r.answers ->> ${subject.questionKey} as text, r.locale, r.respondent_id as person_id, r.submitted_at as at
    from survey_responses r where r.survey_id = ${subject.surveyId} and r.status = 'submitted' and (r.answers ->> ${subject.questionKey}) ~ '[^[:space:]]'`;
}
