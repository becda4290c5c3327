import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveys, surveyVersions } from "@/lib/db/schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import type { TSurveySettingsInput } from "@/lib/validations/survey-settings";
import { SURVEY_WRITE_RATE } from "./lock-survey";
import { replaceSurveyThemes, surveySettingsValues } from "@/lib/server/surveys/manage/shared/survey-settings-values";

/** A new survey starts as a draft with no questions yet: it cannot open until it has some. */
const EMPTY_DEFINITION: SurveyDefinition = { sections: [] };

/** Creates a draft survey from the settings form, with version 1 (no questions) in its history. */
export async function createSurvey(officer: CurrentUser, input: TSurveySettingsInput): Promise<{ id: string; slug: string }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `survey-manage:${officer.id}`, SURVEY_WRITE_RATE);
    const values = await surveySettingsValues(tx, input);
    const [survey] = await tx
      .insert(surveys)
      .values({ ...values, status: "draft", definition: EMPTY_DEFINITION, version: 1, createdBy: officer.id })
      .returning({ id: surveys.id, slug: surveys.slug });
    if (!survey) throw new Error("createSurvey: the insert returned no row");
    await replaceSurveyThemes(tx, survey.id, input.themeIds);
    await tx.insert(surveyVersions).values({ surveyId: survey.id, version: 1, definition: EMPTY_DEFINITION, note: "Created the survey", createdBy: officer.id });
    await recordAudit(tx, { actorId: officer.id, action: "survey.created", subjectType: "survey", subjectId: survey.id, details: { title: input.title } });
    return survey;
  });
}
