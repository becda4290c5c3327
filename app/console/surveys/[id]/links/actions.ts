"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { createSurveyLink } from "@/lib/server/survey-links/create-survey-link";
import { ZCreateOwnLink, ZCreatePartnerLink } from "@/lib/validations/survey-link";

async function made(surveyId: string, created: boolean) {
  revalidatePath(`/console/surveys/${surveyId}/links`);
  return { status: "success" as const, message: (await getTranslations("surveyLinks"))(created ? "made" : "alreadyMade") };
}

export const createOwnLinkAction = formAction("survey:manage", ZCreateOwnLink, async (input, { user }) => {
  const { created } = await createSurveyLink(user, input.surveyId, null);
  return made(input.surveyId, created);
});

export const createPartnerLinkAction = formAction("survey:manage", ZCreatePartnerLink, async (input, { user }) => {
  const { created } = await createSurveyLink(user, input.surveyId, input.partnerOrganisationId);
  return made(input.surveyId, created);
});
