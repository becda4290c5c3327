import "server-only";
import { and, asc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { pickText } from "@/lib/domain/translations/translation-fields";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readTranslations } from "@/lib/server/translations/shared/translation-store";

/** Surveys taking answers now, soonest closing first; titles and summaries in `locale` where translated. */
export async function listOpenSurveys(now = new Date(), locale: Locale = DEFAULT_LOCALE) {
  const db = getDb();
  const rows = await db
    .select({ id: surveys.id, slug: surveys.slug, title: surveys.title, summary: surveys.summary, closesAt: surveys.closesAt, audience: surveys.audience })
    .from(surveys)
    .where(and(eq(surveys.status, "open"), or(isNull(surveys.opensAt), lte(surveys.opensAt, now)), or(isNull(surveys.closesAt), gt(surveys.closesAt, now))))
    .orderBy(sql`${surveys.closesAt} asc nulls last`, asc(surveys.title));
  const translations = await readTranslations(db, "survey", rows.map((row) => row.id), locale);
  return rows.map(({ id, ...row }) => {
    const stored = translations.get(id) ?? null;
    return { ...row, title: pickText({ key: "title", original: row.title }, row.title, stored, locale), summary: pickText({ key: "summary", original: row.summary }, row.summary, stored, locale) };
  });
}
