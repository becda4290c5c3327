import "server-only";
import { and, asc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";

/** Surveys taking answers now, soonest closing first. */
export async function listOpenSurveys(now = new Date()) {
  return getDb()
    .select({ slug: surveys.slug, title: surveys.title, summary: surveys.summary, closesAt: surveys.closesAt, audience: surveys.audience })
    .from(surveys)
    .where(and(eq(surveys.status, "open"), or(isNull(surveys.opensAt), lte(surveys.opensAt, now)), or(isNull(surveys.closesAt), gt(surveys.closesAt, now))))
    .orderBy(sql`${surveys.closesAt} asc nulls last`, asc(surveys.title));
}
