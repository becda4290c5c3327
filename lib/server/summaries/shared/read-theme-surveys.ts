import "server-only";
import { and, asc, eq, ne, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveyResponses, surveys } from "@/lib/db/schema";
import type { SurveyActivity } from "@/lib/domain/summaries/content";
import { publicCount, surveyHeadline } from "@/lib/domain/summaries/headline";
import type { Period } from "@/lib/domain/summaries/period";
import { countsFrom } from "@/lib/domain/surveys/results/counts";
import { readTallies } from "@/lib/server/surveys/tallies/read-tally-slice";
import { surveyUrl } from "@/lib/server/summaries/shared/links";
import { surveyInTheme } from "@/lib/server/summaries/shared/theme-filter";

type Window = { start: Date; end: Date } | null;

async function readSurveys(executor: Executor, window: Window, where: SQL | undefined) {
  // Aliased: see theme-filter.ts.
  const submitted = sql`sr.survey_id = ${surveys}.id and sr.status = 'submitted'`;
  const inWindow = window
    ? sql<number>`(select count(*)::int from ${surveyResponses} sr where ${submitted} and sr.submitted_at >= ${window.start.toISOString()}::timestamptz and sr.submitted_at < ${window.end.toISOString()}::timestamptz)`
    : sql<number>`0`;
  const total = sql<number>`(select count(*)::int from ${surveyResponses} sr where ${submitted})`;
  return executor
    .select({ id: surveys.id, slug: surveys.slug, title: surveys.title, summary: surveys.summary, status: surveys.status, definition: surveys.definition, inPeriod: inWindow, total })
    .from(surveys)
    .where(and(ne(surveys.status, "draft"), where))
    .orderBy(asc(surveys.title));
}

async function toActivity(executor: Executor, row: Awaited<ReturnType<typeof readSurveys>>[number]): Promise<SurveyActivity & { summary: string }> {
  const counts = countsFrom(await readTallies(executor, row.id));
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    url: surveyUrl(row.slug),
    open: row.status === "open",
    responsesInPeriod: publicCount(row.inPeriod),
    responsesTotal: publicCount(row.total),
    headline: surveyHeadline(row.definition, counts),
  };
}

/** Surveys of a theme that were open or received responses in the period, with counts and headline. */
export async function readThemeSurveys(executor: Executor, themeId: string | null, period: Period): Promise<{ surveys: SurveyActivity[]; responsesInPeriod: number }> {
  const rows = (await readSurveys(executor, period, surveyInTheme(themeId))).filter((row) => row.status === "open" || row.inPeriod > 0);
  const activity = await Promise.all(rows.map((row) => toActivity(executor, row)));
  return { surveys: activity, responsesInPeriod: rows.reduce((sum, row) => sum + row.inPeriod, 0) };
}

/** One survey, for a one-off summary; null when missing or a draft. */
export async function readSurveyActivity(executor: Executor, surveyId: string) {
  const [row] = await readSurveys(executor, null, eq(surveys.id, surveyId));
  return row ? toActivity(executor, row) : null;
}
