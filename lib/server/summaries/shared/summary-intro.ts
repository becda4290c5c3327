import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { summaryIntros } from "@/lib/db/schema";
import type { Shown } from "@/lib/domain/translations/translation-fields";
import { pickSummaryIntro } from "@/lib/domain/translations/summary-translation";
import type { Locale } from "@/lib/i18n/locales";
import { readTranslation, type Subject } from "@/lib/server/translations/shared/translation-store";

/** The one message, for every scheduled summary. */
export const SUMMARY_INTRO: Subject = { kind: "summaryIntro", id: "scheduled" };

/** The officers' message at the top of scheduled summaries, in English ("" when there is none). */
export async function readSummaryIntro(executor: Executor): Promise<{ text: string; updatedAt: Date | null }> {
  const [row] = await executor.select({ text: summaryIntros.text, updatedAt: summaryIntros.updatedAt }).from(summaryIntros).where(eq(summaryIntros.id, SUMMARY_INTRO.id));
  return row ?? { text: "", updatedAt: null };
}

/** The message as a contact reading `locale` gets it, or null; read once per language in a run. */
export function summaryIntroReader(executor: Executor): (locale: Locale) => Promise<Shown | null> {
  const read = readSummaryIntro(executor);
  const byLocale = new Map<Locale, Promise<Shown | null>>();
  return (locale) => {
    const found = byLocale.get(locale);
    if (found) return found;
    const picked = read.then(async (intro) => pickSummaryIntro(intro.text, intro.text ? await readTranslation(executor, SUMMARY_INTRO, locale) : null, locale));
    byLocale.set(locale, picked);
    return picked;
  };
}
