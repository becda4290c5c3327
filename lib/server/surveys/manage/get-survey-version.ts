import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyVersions } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

/** One saved version's questions, to read back in the history. */
export async function getSurveyVersion(surveyId: string, version: number) {
  const [row] = await getDb()
    .select({ version: surveyVersions.version, note: surveyVersions.note, createdAt: surveyVersions.createdAt, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.version, version)));
  if (!row) throw new NotFoundError("problems.survey.versionNotFound");
  return row;
}
