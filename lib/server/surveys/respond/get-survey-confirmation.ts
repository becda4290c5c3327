import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyResponses, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

/** The confirmation page: the survey's thank-you text for a submitted response's reference. */
export async function getSurveyConfirmation(slug: string, reference: string) {
  const [row] = await getDb()
    .select({ title: surveys.title, slug: surveys.slug, thankYou: surveys.thankYou, reference: surveyResponses.reference, resultsPublishedAt: surveys.resultsPublishedAt })
    .from(surveyResponses)
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(and(eq(surveys.slug, slug), eq(surveyResponses.reference, reference.toUpperCase()), eq(surveyResponses.status, "submitted")));
  if (!row?.reference) throw new NotFoundError("We could not find a response with that reference.");
  return { ...row, reference: row.reference };
}
