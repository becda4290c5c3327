import "server-only";
import type { Executor } from "@/lib/db/client";
import { moderationWords } from "@/lib/db/schema";
import { findListedPhrase } from "@/lib/domain/moderation/word-list";

export const EDIT_WINDOW_MINUTES = 15;
export const MAX_DEPTH = 2;
/** Comment writes per person: a clear "try again in N seconds" after this many in a minute. */
export const COMMENT_RATE = { limit: 10, windowSeconds: 60 };

export function withinEditWindow(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() <= EDIT_WINDOW_MINUTES * 60_000;
}

/** Whether the officer-maintained word list holds this text for review. */
export async function matchesWordList(executor: Executor, text: string): Promise<boolean> {
  const rows = await executor.select({ phrase: moderationWords.phrase }).from(moderationWords);
  return findListedPhrase(text, rows.map((row) => row.phrase)) !== null;
}

