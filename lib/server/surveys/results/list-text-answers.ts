import "server-only";
import { and, desc, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import type { TResponseFilters } from "@/lib/validations/survey-results";
import { responsesWhere } from "@/lib/server/surveys/shared/response-filter";
import { escapeLike } from "@/lib/text/escape-like";

const TEXT_PAGE_SIZE = 10;

export interface TextAnswers {
  items: { id: string; text: string; submittedAt: Date | null }[];
  total: number;
  page: number;
  pageCount: number;
}

const likePattern = (search: string) => `%${escapeLike(search)}%`;

/**
 * The written answers to one question (or its "other, please specify" text, key `<id>.other`) of
 * the submitted responses matching the filters: newest first, a page at a time, optionally only
 * those containing `search` (case-insensitive).
 */
export async function listTextAnswers(surveyId: string, answerKey: string, filters: TResponseFilters, options: { search?: string; page?: number; pageSize?: number } = {}): Promise<TextAnswers> {
  const pageSize = options.pageSize ?? TEXT_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const text = sql<string>`${surveyResponses.answers} ->> ${answerKey}`;
  const where = and(
    responsesWhere(surveyId, filters),
    sql`coalesce(${text}, '') <> ''`,
    options.search ? sql`${text} ilike ${likePattern(options.search)}` : undefined,
  );
  const rows = await getDb()
    .select({ id: surveyResponses.id, text, submittedAt: surveyResponses.submittedAt, total: sql<number>`count(*) over ()::int` })
    .from(surveyResponses)
    .where(where)
    .orderBy(desc(surveyResponses.submittedAt), desc(surveyResponses.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = rows[0]?.total ?? (page > 1 ? await countAll(surveyId, where) : 0);
  return { items: rows.map(({ id, text: answer, submittedAt }) => ({ id, text: answer, submittedAt })), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

async function countAll(surveyId: string, where: ReturnType<typeof and>): Promise<number> {
  const [row] = await getDb().select({ total: sql<number>`count(*)::int` }).from(surveyResponses).where(where ?? responsesWhere(surveyId, {}));
  return row?.total ?? 0;
}
