import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, surveyResponses, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

/**
 * The confirmation page: the survey's thank-you text for a submitted response's reference, and
 * `receiptTo`, the viewer's address when the receipt for this response went to it (anyone with the
 * link may open the page: only the person who was sent the receipt is told about it).
 */
export async function getSurveyConfirmation(slug: string, reference: string, viewerEmail: string | null = null) {
  const [row] = await getDb()
    .select({ id: surveyResponses.id, title: surveys.title, slug: surveys.slug, thankYou: surveys.thankYou, reference: surveyResponses.reference, resultsPublishedAt: surveys.resultsPublishedAt })
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
  const { id: _id, ...shown } = row;
  return { ...shown, reference: row.reference, receiptTo: receipt ? viewerEmail : null };
}
