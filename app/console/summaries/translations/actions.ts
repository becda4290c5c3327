"use server";

import { revalidatePath } from "next/cache";
import { translationDone } from "@/app/console/translation-routes";
import { formAction } from "@/lib/auth/action";
import { removeTranslation } from "@/lib/server/translations/remove-translation";
import { saveSummaryIntroTranslation } from "@/lib/server/translations/save-summary-intro-translation";
import { SUMMARY_INTRO } from "@/lib/server/summaries/shared/summary-intro";
import { ZIntroTranslationInput, ZIntroTranslationRef } from "@/lib/validations/translation";

const refresh = () => revalidatePath("/console/summaries", "layout");

export const saveIntroTranslationAction = formAction("partner:manage", ZIntroTranslationInput, async (input, { user }) => {
  await saveSummaryIntroTranslation(user, input.locale, input);
  refresh();
  return translationDone("saved", input.locale);
});

export const removeIntroTranslationAction = formAction("partner:manage", ZIntroTranslationRef, async (input, { user }) => {
  await removeTranslation(user, SUMMARY_INTRO, input.locale);
  refresh();
  return translationDone("removed", input.locale);
});
