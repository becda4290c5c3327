import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

/** A survey's English as its translations need it (any status): its words and its current definition. */
export async function loadSurveyOriginal(executor: Executor, surveyId: string) {
  const [survey] = await executor
    .select({ id: surveys.id, slug: surveys.slug, status: surveys.status, title: surveys.title, summary: surveys.summary, thankYou: surveys.thankYou, definition: surveys.definition })
    .from(surveys)
    .where(eq(surveys.id, surveyId));
  if (!survey) throw new NotFoundError("problems.survey.notFound");
  return survey;
}
