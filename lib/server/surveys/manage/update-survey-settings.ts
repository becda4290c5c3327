import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { fieldProblem, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TSurveySettingsInput } from "@/lib/validations/survey-settings";
import { surveyHasResponses } from "@/lib/server/surveys/manage/shared/load-answer-usage";
import { lockSurveyForChange } from "./lock-survey";
import { replaceSurveyThemes, surveySettingsValues } from "@/lib/server/surveys/manage/shared/survey-settings-values";

/** Saves a survey's settings (not its questions), in any status. Audited. */
export async function updateSurveySettings(officer: CurrentUser, surveyId: string, input: TSurveySettingsInput): Promise<{ slug: string }> {
  return getDb().transaction(async (tx) => {
    const current = await lockSurveyForChange(tx, officer, surveyId);
    const values = await surveySettingsValues(tx, input, surveyId);
    if (values.anonymous !== current.anonymous && (await surveyHasResponses(tx, surveyId))) {
      // People answered on the promise the start page made; it cannot change under them.
      const key = current.anonymous ? "validation.surveySettings.staysAnonymous" : "validation.surveySettings.staysNamed";
      throw new ValidationError(key, fieldProblem("anonymity", key));
    }
    await tx.update(surveys).set(values).where(eq(surveys.id, surveyId));
    await replaceSurveyThemes(tx, surveyId, input.themeIds);
    await recordAudit(tx, { actorId: officer.id, action: "survey.settings_updated", subjectType: "survey", subjectId: surveyId, details: { title: input.title } });
    return { slug: values.slug };
  });
}
