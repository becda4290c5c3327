"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { changeSurveyStatus } from "@/lib/server/surveys/manage/change-survey-status";
import { createSurvey } from "@/lib/server/surveys/manage/create-survey";
import { saveSurveyDefinition } from "@/lib/server/surveys/manage/save-survey-definition";
import { updateSurveySettings } from "@/lib/server/surveys/manage/update-survey-settings";
import { ZSurveyDefinitionSave } from "@/lib/validations/survey-definition-save";
import { ZSurveyRef, ZSurveySettingsInput, ZSurveyStatusChange } from "@/lib/validations/survey-settings";

const refresh = (surveyId?: string) => {
  revalidatePath("/console/surveys");
  if (surveyId) revalidatePath(`/console/surveys/${surveyId}`, "layout");
  revalidatePath("/surveys");
};

export const createSurveyAction = formAction("survey:manage", ZSurveySettingsInput, async (input, { user }) => {
  const survey = await createSurvey(user, input);
  refresh();
  redirect(`/console/surveys/${survey.id}?saved=created`);
});

export const updateSurveySettingsAction = formAction("survey:manage", ZSurveySettingsInput.and(ZSurveyRef), async (input, { user }) => {
  await updateSurveySettings(user, input.surveyId, input);
  refresh(input.surveyId);
  return { status: "success", message: (await getTranslations("consoleSurveys"))("settingsSaved") };
});

export const changeSurveyStatusAction = formAction("survey:manage", ZSurveyStatusChange, async (input, { user }) => {
  await changeSurveyStatus(user, input.surveyId, input.change);
  refresh(input.surveyId);
  return { status: "success", message: (await getTranslations("consoleSurveys"))(`changed.${input.change}`) };
});

export const saveSurveyDefinitionAction = formAction("survey:manage", ZSurveyDefinitionSave, async (input, { user }) => {
  const saved = await saveSurveyDefinition(user, input);
  const t = await getTranslations("consoleSurveys");
  if (!saved.changed) return { status: "success", message: t("definitionUnchanged") };
  refresh(input.surveyId);
  return { status: "success", message: t("definitionSaved", { version: saved.version, note: saved.note }) };
});
