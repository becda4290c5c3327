import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { freeTextQuestions } from "./shared/subject";

/** A survey's title and the free-text questions (short and long text) whose answers can be analysed, in the survey's order. */
export async function listSurveyTextQuestions(surveyId: string): Promise<{ title: string; questions: { key: string; title: string }[] }> {
  const [survey] = await getDb().select({ title: surveys.title, definition: surveys.definition }).from(surveys).where(eq(surveys.id, surveyId));
  if (!survey) throw new NotFoundError("problems.insight.notFound");
  return { title: survey.title, questions: freeTextQuestions(survey.definition) };
}
