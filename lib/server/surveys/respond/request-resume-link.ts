import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { surveyResumeEmail } from "@/lib/email/templates/survey-resume";
import { env } from "@/lib/env";
import { ConflictError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { inDraftTransaction } from "@/lib/server/surveys/respond/shared/draft-transaction";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";

export const RESUME_EMAIL_RATE = { limit: 3, windowSeconds: 3600 };

export const ZResumeLinkInput = z.object({
  email: z.email("validation.surveyResume.emailFormat").max(254, "validation.surveyResume.emailTooLong"),
});

function resumePath(slug: string, token: string): string {
  return `/surveys/${encodeURIComponent(slug)}/resume?token=${encodeURIComponent(token)}`;
}

/**
 * Emails an anonymous respondent a link back to their draft. The address goes only into the
 * outbox, never onto the response. Limited per address and per draft, so the form cannot be used
 * to flood someone's inbox. Returns the resume token when the draft was only now started.
 */
export async function requestResumeLink(slug: string, respondent: Respondent, rawEmail: string, locale: Locale, now = new Date()): Promise<{ newToken: string | null }> {
  if (respondent.user) throw new ConflictError("problems.survey.savedToAccount");
  const email = rawEmail.trim().toLowerCase();
  const { newToken } = await inDraftTransaction(slug, respondent, now, async (tx, survey, draft, started) => {
    const token = started ?? respondent.resumeToken;
    if (!token) throw new Error("requestResumeLink: an anonymous draft without a resume token");
    await consumeRateLimit(tx, `survey-resume-email:${email}`, RESUME_EMAIL_RATE, now);
    await consumeRateLimit(tx, `survey-resume-draft:${draft.id}`, RESUME_EMAIL_RATE, now);
    const message = surveyResumeEmail({ surveyTitle: survey.title, resumeUrl: `${env.AUTH_URL}${resumePath(survey.slug, token)}`, closesAt: survey.closesAt, locale });
    await enqueueEmail(tx, { to: email, ...message, category: "survey-resume", idempotencyKey: `survey-resume:${randomUUID()}` });
  });
  return { newToken };
}
