import "server-only";
import { and, eq, isNotNull, ne } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { countsFrom, responseCount } from "@/lib/domain/surveys/results/counts";
import { publicQuestions, type PublicQuestion } from "@/lib/domain/surveys/results/public-questions";
import { SMALL_NUMBER } from "@/lib/domain/surveys/results/suppress";
import { readTallies } from "@/lib/server/surveys/tallies/read-tally-slice";

export interface PublicResults {
  survey: { title: string; slug: string; summary: string; publishedAt: Date };
  /** null when fewer than 5 responded. */
  responses: number | null;
  questions: PublicQuestion[];
}

/** A survey's published results summary, with small numbers suppressed; NotFound when not published. */
export async function getPublicResults(slug: string): Promise<PublicResults> {
  const db = getDb();
  const [survey] = await db
    .select({ id: surveys.id, title: surveys.title, slug: surveys.slug, summary: surveys.summary, publishedAt: surveys.resultsPublishedAt, definition: surveys.definition })
    .from(surveys)
    .where(and(eq(surveys.slug, slug), isNotNull(surveys.resultsPublishedAt), ne(surveys.status, "draft")));
  if (!survey?.publishedAt) throw new NotFoundError("problems.survey.resultsNotPublished");
  const counts = countsFrom(await readTallies(db, survey.id));
  const responses = responseCount(counts);
  const questions = publicQuestions(survey.definition, counts);
  return { survey: { title: survey.title, slug: survey.slug, summary: survey.summary, publishedAt: survey.publishedAt }, responses: responses < SMALL_NUMBER ? null : responses, questions };
}
