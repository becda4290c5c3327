import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { comments } from "@/lib/db/schema";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** How many of a topic's published comments (and replies) are written in each language, for the discussion's language filter. */
export async function countCommentsByLanguage(topicId: string): Promise<Partial<Record<Locale, number>>> {
  const rows = await getDb()
    .select({ locale: comments.locale, total: count() })
    .from(comments)
    .where(and(eq(comments.topicId, topicId), eq(comments.status, "published")))
    .groupBy(comments.locale);
  return Object.fromEntries(rows.filter((row) => isLocale(row.locale)).map((row) => [row.locale, row.total]));
}
