"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { publicFormAction } from "@/lib/auth/action";
import { stepPath } from "@/lib/domain/surveys/journey";
import { forgetResumeToken, readRespondent, rememberResumeToken } from "@/app/(public)/surveys/[slug]/respondent-request";
import { requestResumeLink, ZResumeLinkInput } from "@/lib/server/surveys/respond/request-resume-link";
import { saveSurveyOrganisation } from "@/lib/server/surveys/respond/save-survey-organisation";
import { AnswersChangedError, saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import { conflictState, textFields } from "@/app/(public)/surveys/[slug]/answer-conflicts";
import { submitSurveyDraft } from "@/lib/server/surveys/respond/submit-survey-draft";
import { foldTalliesIfDue } from "@/lib/server/surveys/tallies/fold-survey-tallies";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";
import { inviteToAboutYou } from "@/lib/server/equalities/invite-to-about-you";

const ZSlug = z.string().min(1).max(120);
/** A page of answers: which survey and page (checked again by the use case), plus the q.* and org.* fields. */
const ZPagePost = z.looseObject({
  slug: ZSlug,
  sectionId: z.string().max(40).optional(),
  returnTo: z.string().max(20).optional(),
  intent: z.string().max(20).optional(),
  /** A shared page's answers when it was opened (JSON): what a colleague changed since is not overwritten. */
  base: z.string().max(100_000).optional(),
});

const answerFields = (input: Record<string, unknown>): FormInput => textFields(input, (name) => name.startsWith("q.") || name.startsWith("org."));

const base = (slug: string) => `/surveys/${encodeURIComponent(slug)}`;

export const saveSectionAction = publicFormAction(ZPagePost, async (input, { user }) => {
  const respondent = await readRespondent(input.slug, user);
  const options = { returnToCheck: input.returnTo === "check", form: answerFields(input) };
  const saving = input.sectionId ? saveSurveySection(input.slug, respondent, { ...options, sectionId: input.sectionId, base: input.base }) : saveSurveyOrganisation(input.slug, respondent, options);
  const saved = await saving.catch((error: unknown) => (error instanceof AnswersChangedError ? error : Promise.reject(error)));
  if (saved instanceof AnswersChangedError) return conflictState(saved, input);
  const { next, newToken } = saved;
  if (newToken) await rememberResumeToken(input.slug, newToken);
  redirect(input.intent === "later" ? `${base(input.slug)}/save` : stepPath(input.slug, next));
});

export const submitDraftAction = publicFormAction(
  z.object({ slug: ZSlug, responseId: z.uuid() }),
  async (input, { user }) => {
    const respondent = await readRespondent(input.slug, user);
    const { reference } = await submitSurveyDraft(input.slug, respondent, input.responseId);
    // Once the response has gone: fold the tallies if this process has not lately (see SURVEY_TALLY_FOLD_SECONDS).
    after(() => foldTalliesIfDue());
    if (respondent.resumeToken) await forgetResumeToken(input.slug);
    // A signed-in person's first response may bring the one-time "about you" invitation on the next page.
    const invited = user ? await inviteToAboutYou(user) : false;
    redirect(`${base(input.slug)}/confirmation/${reference}${invited ? "?invite=about-you" : ""}`);
  },
  { guard: true },
);

export const requestResumeLinkAction = publicFormAction(ZResumeLinkInput.extend({ slug: ZSlug }), async (input, { user }) => {
  const { newToken } = await requestResumeLink(input.slug, await readRespondent(input.slug, user), input.email, await getLocale());
  if (newToken) await rememberResumeToken(input.slug, newToken);
  return { status: "success", message: (await getTranslations("surveyRespond.save"))("sent", { email: input.email }) };
});
