import "server-only";
import { and, desc, sql, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { isTallied, sliceOf } from "@/lib/domain/surveys/results/tally-slice";
import { ANSWERED } from "@/lib/domain/surveys/tallies";
import type { TResponseFilters } from "@/lib/validations/survey-results";
import { responsesWhere } from "@/lib/server/surveys/shared/response-filter";
import { readTallySlice } from "@/lib/server/surveys/tallies/read-tally-slice";
import { escapeLike } from "@/lib/text/escape-like";

const TEXT_PAGE_SIZE = 10;

/**
 * Holds a character JavaScript's trim() keeps (anything but its white space and line ends): the
 * answers `isAnswered` counts as answered, and so the tallies count, are exactly those that match.
 */
const HAS_TEXT = "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";

export interface TextAnswers {
  items: { id: string; text: string; submittedAt: Date | null }[];
  total: number;
  page: number;
  pageCount: number;
}

const likePattern = (search: string) => `%${escapeLike(search)}%`;

/**
 * How many answers the list holds. A question's own answers without a search are its "answered"
 * count in the tallies (no scan); "other, please specify" texts and searches are counted.
 */
async function countAnswers(executor: Executor, surveyId: string, answerKey: string, filters: TResponseFilters, where: SQL | undefined, search?: string): Promise<number> {
  const slice = sliceOf(filters);
  // The tallies keep no channel: a channel's answers are counted.
  if (!search && !answerKey.includes(".") && !filters.channel && isTallied(slice)) {
    const rows = await readTallySlice(executor, surveyId, slice);
    return rows.filter((row) => row.questionKey === answerKey && row.choice === ANSWERED).reduce((sum, row) => sum + row.count, 0);
  }
  const [row] = await executor.select({ total: sql<number>`count(*)::int` }).from(surveyResponses).where(where);
  return row?.total ?? 0;
}

/**
 * The written answers to one question (or its "other, please specify" text, key `<id>.other`) of
 * the submitted responses matching the filters: newest first, a page at a time (the listing index
 * read backwards, stopping at the page), optionally only those containing `search` (case-insensitive).
 */
export async function listTextAnswers(surveyId: string, answerKey: string, filters: TResponseFilters, options: { search?: string; page?: number; pageSize?: number } = {}): Promise<TextAnswers> {
  const db = getDb();
  const pageSize = options.pageSize ?? TEXT_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const text = sql<string>`${surveyResponses.answers} ->> ${answerKey}`;
  const where = and(responsesWhere(surveyId, filters), sql`${text} ~ ${HAS_TEXT}`, options.search ? sql`${text} ilike ${likePattern(options.search)}` : undefined);
  const [rows, total] = await Promise.all([
    db
      .select({ id: surveyResponses.id, text, submittedAt: surveyResponses.submittedAt })
      .from(surveyResponses)
      .where(where)
      .orderBy(desc(surveyResponses.submittedAt), desc(surveyResponses.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    countAnswers(db, surveyId, answerKey, filters, where, options.search),
  ]);
  return { items: rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
