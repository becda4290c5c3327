import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveyResponseChanges, users } from "@/lib/db/schema";
import type { Answers } from "@/lib/domain/surveys/answer-types";

/** What one entry of a shared response's history says: a question id, "organisation" or "submitted". */
export type HistoryEntry = { subject: string; userId: string | null; name: string | null; at: Date };

export type ChangeRow = { subject: string; before: Answers | Record<string, unknown> | null; after: Answers | Record<string, unknown> | null };

/** Adds the changes one person made in one save to the response's history. */
export async function recordChanges(tx: Executor, responseId: string, userId: string, changes: ChangeRow[], now: Date): Promise<void> {
  if (changes.length === 0) return;
  await tx.insert(surveyResponseChanges).values(changes.map((change) => ({ responseId, userId, subject: change.subject, before: change.before, after: change.after, createdAt: now })));
}

/** The response's history, oldest first, with each person's name (null once their account is erased). */
export async function listResponseHistory(executor: Executor, responseId: string): Promise<HistoryEntry[]> {
  return executor
    .select({ subject: surveyResponseChanges.subject, userId: surveyResponseChanges.userId, name: users.name, at: surveyResponseChanges.createdAt })
    .from(surveyResponseChanges)
    .leftJoin(users, eq(users.id, surveyResponseChanges.userId))
    .where(eq(surveyResponseChanges.responseId, responseId))
    .orderBy(asc(surveyResponseChanges.createdAt), asc(surveyResponseChanges.id));
}

/** The latest entry for each subject. */
export function latestBySubject(history: HistoryEntry[]): Map<string, HistoryEntry> {
  return new Map(history.map((entry) => [entry.subject, entry]));
}

/** Who has worked on the response, each with the time of their latest change, most recent first. */
export function contributors(history: HistoryEntry[]): { name: string | null; at: Date }[] {
  const byPerson = new Map<string, { name: string | null; at: Date }>();
  for (const entry of history) byPerson.set(entry.userId ?? `erased:${byPerson.size}`, { name: entry.name, at: entry.at });
  return [...byPerson.values()].sort((left, right) => right.at.getTime() - left.at.getTime());
}
