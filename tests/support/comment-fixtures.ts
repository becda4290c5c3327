/**
 * Comment helpers shared by the comment and moderation integration tests. Each test file that adds
 * word-list phrases keeps its own list of them and removes them again in its afterAll.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Locale } from "@/lib/i18n/locales";
import { getDb } from "@/lib/db/client";
import { comments, moderationWords } from "@/lib/db/schema";
import { postComment } from "@/lib/server/comments/post-comment";
import { decideComments } from "@/lib/server/moderation/decide-comments";
import { ZModerationDecision } from "@/lib/validations/moderation";
import { createUser, uniqueTag, type TestTopic } from "@/tests/support/factories";

const db = () => getDb();

type Status = (typeof comments.$inferSelect)["status"];

/** Writes a comment row directly: no rules, no rate limit. */
export async function insertComment(values: {
  topicId: string;
  authorId: string | null;
  body?: string;
  status?: Status;
  holdReason?: "pre_moderation" | "first_comment" | "word_list" | "flagged" | null;
  parentId?: string | null;
  depth?: number;
  createdAt?: Date;
  helpfulCount?: number;
  flagCount?: number;
  locale?: Locale;
}): Promise<string> {
  const [row] = await db()
    .insert(comments)
    .values({ body: `Comment ${uniqueTag()}`, status: "published", submissionKey: randomUUID(), ...values })
    .returning({ id: comments.id });
  if (!row) throw new Error("The comment was not inserted");
  return row.id;
}

export async function commentRow(id: string) {
  const [row] = await db().select().from(comments).where(eq(comments.id, id));
  if (!row) throw new Error(`Comment ${id} is missing`);
  return row;
}

/** A person who has commented before (on `historyTopic`), so their next comment is not held as a first comment. */
export async function createRegularOn(historyTopic: TestTopic, name = "Regular Commenter"): Promise<CurrentUser> {
  const user = await createUser(db(), { name });
  await insertComment({ topicId: historyTopic.id, authorId: user.id, body: "An earlier comment" });
  return user;
}

export function post(user: CurrentUser, topicId: string, body: string, parentId: string | null = null, submissionKey = randomUUID()) {
  return postComment(user, { topicId, parentId, body, submissionKey });
}

/** Adds a word-list phrase and notes it in `added`, for removeWordListPhrases to take out again. */
export async function addWordListPhrase(added: string[], phrase: string): Promise<void> {
  await db().insert(moderationWords).values({ phrase });
  added.push(phrase);
}

/** Removes the word-list phrases a test file added (the list is shared by every topic). */
export async function removeWordListPhrases(added: string[]): Promise<void> {
  if (added.length) await db().delete(moderationWords).where(inArray(moderationWords.phrase, added));
}

export function decide(officer: CurrentUser, input: { commentIds: string[] | string; decision: string; reason?: string; note?: string }) {
  return decideComments(officer, ZModerationDecision.parse(input));
}
