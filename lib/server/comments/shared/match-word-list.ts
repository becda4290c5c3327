import "server-only";
import type { Executor } from "@/lib/db/client";
import { moderationWords } from "@/lib/db/schema";
import { findListedPhrase } from "@/lib/domain/moderation/word-list";

/** Whether the officer-maintained word list holds this text for review. */
export async function matchesWordList(executor: Executor, text: string): Promise<boolean> {
  const rows = await executor.select({ phrase: moderationWords.phrase }).from(moderationWords);
  return findListedPhrase(text, rows.map((row) => row.phrase)) !== null;
}

