import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { surveyLinks } from "@/lib/db/schema";

/**
 * The link a new draft is credited to: the one the browser came through, if it belongs to this
 * survey (a cookie made up, or kept from another survey, credits nothing).
 */
export async function creditedLink(executor: Executor, surveyId: string, linkId: string | null | undefined): Promise<string | null> {
  if (!linkId || !z.uuid().safeParse(linkId).success) return null;
  const [link] = await executor
    .select({ id: surveyLinks.id })
    .from(surveyLinks)
    .where(and(eq(surveyLinks.id, linkId), eq(surveyLinks.surveyId, surveyId)));
  return link?.id ?? null;
}
