import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { moderationWords } from "@/lib/db/schema";

/** The words and phrases that hold a comment for review, in alphabetical order. */
export async function listModerationWords() {
  return getDb().select({ id: moderationWords.id, phrase: moderationWords.phrase, createdAt: moderationWords.createdAt }).from(moderationWords).orderBy(asc(moderationWords.phrase));
}
