import "server-only";
import { desc, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";

// Qualified by hand: in a one-table select Drizzle leaves column names bare.
const responses = (status: "submitted" | "draft") =>
  sql<number>`(select count(*)::int from "survey_responses" as r where r."survey_id" = "surveys"."id" and r."status" = ${status})`;

/** Every survey, most recently changed first, with its submitted and draft response counts. */
export async function listConsoleSurveys() {
  return getDb()
    .select({
      id: surveys.id,
      slug: surveys.slug,
      title: surveys.title,
      status: surveys.status,
      audience: surveys.audience,
      opensAt: surveys.opensAt,
      closesAt: surveys.closesAt,
      submitted: responses("submitted"),
      drafts: responses("draft"),
    })
    .from(surveys)
    .orderBy(desc(surveys.updatedAt));
}
export type ConsoleSurvey = Awaited<ReturnType<typeof listConsoleSurveys>>[number];
