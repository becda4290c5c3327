import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, surveyResponses, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { pickText } from "@/lib/domain/translations/translation-fields";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readTranslation } from "@/lib/server/translations/shared/translation-store";

/**
 * The confirmation page: the survey's thank-you text for a submitted response's reference, and
 * `receiptTo`, the viewer's address when the receipt for this response went to it (anyone with the
 * link may open the page: only the person who was sent the receipt is told about it). The title and
 * thank-you text are in `locale` where translated; `lang` says which language each is in.
 */
export async function getSurveyConfirmation(slug: string, reference: string, viewerEmail: string | null = null, locale: Locale = DEFAULT_LOCALE) {
  const [row] = await getDb()
    .select({ id: surveyResponses.id, surveyId: surveys.id, title: surveys.title, slug: surveys.slug, thankYou: surveys.thankYou, reference: surveyResponses.reference, resultsPublishedAt: surveys.resultsPublishedAt })
    .from(surveyResponses)
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(and(eq(surveys.slug, slug), eq(surveyResponses.reference, reference.toUpperCase()), eq(surveyResponses.status, "submitted")));
  if (!row?.reference) throw new NotFoundError("problems.survey.referenceNotFound");
  const [receipt] = viewerEmail
    ? await getDb()
        .select({ id: emailOutbox.id })
        .from(emailOutbox)
        .where(and(eq(emailOutbox.idempotencyKey, `survey-receipt:${row.id}`), eq(emailOutbox.toAddress, viewerEmail)))
    : [];
  const stored = await readTranslation(getDb(), { kind: "survey", id: row.surveyId }, locale);
  const title = pickText({ key: "title", original: row.title }, row.title, stored, locale);
  const thankYou = pickText({ key: "thankYou", original: row.thankYou }, row.thankYou, stored, locale);
  const { id: _id, surveyId: _surveyId, ...shown } = row;
  return { ...shown, title: title.text, thankYou: thankYou.text, lang: { title: title.lang, thankYou: thankYou.lang }, reference: row.reference, receiptTo: receipt ? viewerEmail : null };
}
