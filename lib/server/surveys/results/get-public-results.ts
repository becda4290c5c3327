import "server-only";
import { and, eq, isNotNull, ne } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { allQuestions, conditionValues, type Question } from "@/lib/domain/surveys/definition";
import { answeredCount, countOf, countsFrom, responseCount } from "@/lib/domain/surveys/results/counts";
import { SMALL_NUMBER, suppressSmallNumbers, type SuppressedQuestion } from "@/lib/domain/surveys/results/suppress";
import { readTallies } from "@/lib/server/surveys/tallies/read-tally-slice";

/** Only these are published: no free text, contact details or consent. */
const PUBLIC_TYPES = new Set<Question["type"]>(["single_choice", "multiple_choice", "dropdown", "yes_no", "scale"]);

export interface PublicResults {
  survey: { title: string; slug: string; summary: string; publishedAt: Date };
  /** null when fewer than 5 responded. */
  responses: number | null;
  questions: (SuppressedQuestion & { id: string; title: string; multiple: boolean })[];
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
  const questions = allQuestions(survey.definition)
    .map(({ question }) => question)
    .filter((question) => PUBLIC_TYPES.has(question.type))
    .map((question) => {
      const cells = conditionValues(question).map(({ id, label }) => ({ id, label, count: countOf(counts, question.id, id) }));
      const multiple = question.type === "multiple_choice";
      return { id: question.id, title: question.title, multiple, ...suppressSmallNumbers(cells, answeredCount(counts, question.id), !multiple) };
    });
  return { survey: { title: survey.title, slug: survey.slug, summary: survey.summary, publishedAt: survey.publishedAt }, responses: responses < SMALL_NUMBER ? null : responses, questions };
}
