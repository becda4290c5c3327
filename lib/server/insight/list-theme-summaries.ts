import "server-only";
import { getDb } from "@/lib/db/client";
import { findSubject, type SubjectRef } from "./shared/subject";
import { listVisibleThemes } from "./shared/visible-themes";

export type ThemeSummaryForReaders = { id: string; label: string; keyPhrases: string[]; count: number; quotes: { itemId: string; text: string }[] };

/**
 * A subject's themes as reports and open data read them: the visible themes (not deleted, not merged
 * away), most items first, each with its label, key phrases, how many items it holds and its best
 * quotes (item id and text). Only live items count or are quoted: a topic's published comments, a
 * survey's submitted answers; nothing about who wrote or coded them. Empty when never analysed.
 */
export async function listThemeSummaries(ref: SubjectRef, options: { quotes?: number } = {}): Promise<ThemeSummaryForReaders[]> {
  const db = getDb();
  const subject = await findSubject(db, ref);
  if (!subject) return [];
  const themes = await listVisibleThemes(db, subject, { quotes: options.quotes ?? 3 });
  return themes.map((theme) => ({ id: theme.id, label: theme.label, keyPhrases: theme.keyPhrases, count: theme.count, quotes: theme.quotes.map((quote) => ({ itemId: quote.itemId, text: quote.text })) }));
}
