import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { suppressTotal } from "@/lib/domain/equalities/suppress";
import type { ReportResults } from "@/lib/domain/reports/facts";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import { countsFrom, responseCount } from "@/lib/domain/surveys/results/counts";
import { publicQuestions } from "@/lib/domain/surveys/results/public-questions";
import { readTallies } from "@/lib/server/surveys/tallies/read-tally-slice";
import type { ReportSubject } from "./subject";

/** One survey's results as the public results page suppresses them, from its tallies (never its responses). */
async function surveyResults(executor: Executor, survey: { id: string; title: string; definition: SurveyDefinition }): Promise<ReportResults> {
  const counts = countsFrom(await readTallies(executor, survey.id));
  return { survey: survey.title, responses: suppressTotal(responseCount(counts)), questions: publicQuestions(survey.definition, counts) };
}

/** The results: the survey's own, or for a topic those of the surveys that belong to it. */
export async function readResults(executor: Executor, subject: ReportSubject): Promise<ReportResults[]> {
  const where = subject.kind === "survey" ? eq(surveys.id, subject.id) : eq(surveys.topicId, subject.id);
  const rows = await executor.select({ id: surveys.id, title: surveys.title, definition: surveys.definition, status: surveys.status }).from(surveys).where(where).orderBy(asc(surveys.createdAt));
  const shown = rows.filter((row) => subject.kind === "survey" || row.status !== "draft");
  return Promise.all(shown.map((survey) => surveyResults(executor, survey)));
}
