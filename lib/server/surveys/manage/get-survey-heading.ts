import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

/**
 * What the console shows above every page of one survey: its title and status. Read once per request
 * (the survey's layout and a page may both ask).
 */
export const getSurveyHeading = cache(async (id: string) => {
  const [survey] = await getDb().select({ id: surveys.id, title: surveys.title, status: surveys.status, slug: surveys.slug }).from(surveys).where(eq(surveys.id, id));
  if (!survey) throw new NotFoundError("problems.survey.notFound");
  return survey;
});
