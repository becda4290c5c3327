import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyVersions, users } from "@/lib/db/schema";

/** A survey's saved versions, newest first: who saved each, when, and what changed. */
export async function listSurveyVersions(surveyId: string) {
  return getDb()
    .select({ version: surveyVersions.version, note: surveyVersions.note, createdAt: surveyVersions.createdAt, createdBy: users.name, createdByEmail: users.email })
    .from(surveyVersions)
    .leftJoin(users, eq(users.id, surveyVersions.createdBy))
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.version));
}
