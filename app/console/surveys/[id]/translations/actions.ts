"use server";

import { revalidatePath } from "next/cache";
import { translationDone } from "@/app/console/translation-routes";
import { formAction } from "@/lib/auth/action";
import { removeTranslation } from "@/lib/server/translations/remove-translation";
import { saveSurveyTranslation } from "@/lib/server/translations/save-survey-translation";
import { ZTranslationInput, ZTranslationRef } from "@/lib/validations/translation";

const refresh = () => {
  revalidatePath("/console/surveys/[id]/translations", "layout");
  revalidatePath("/surveys", "layout");
};

export const saveSurveyTranslationAction = formAction("survey:manage", ZTranslationInput, async (input, { user }) => {
  await saveSurveyTranslation(user, input.subjectId, input.locale, input);
  refresh();
  return translationDone("saved", input.locale);
});

export const removeSurveyTranslationAction = formAction("survey:manage", ZTranslationRef, async (input, { user }) => {
  await removeTranslation(user, { kind: "survey", id: input.subjectId }, input.locale);
  refresh();
  return translationDone("removed", input.locale);
});
