import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveys, surveyVersions } from "@/lib/db/schema";
import { ConflictError, fieldProblemsFrom, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { sameJson } from "@/lib/domain/surveys/builder/canonical-json";
import type { TSurveyDefinitionSave } from "@/lib/validations/survey-definition-save";
import { checkDefinition } from "./check-definition";
import { guardDefinitionChange, questionsAtRisk } from "@/lib/server/surveys/manage/shared/definition-change-guard";
import { describeDefinitionChange } from "./describe-definition-change";
import { loadAnswerUsage } from "@/lib/server/surveys/manage/shared/load-answer-usage";
import { lockSurveyForChange } from "./lock-survey";

export type DefinitionSaved = { version: number; note: string; changed: boolean };

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("problems.surveyDefinition.unreadable");
  }
}

/**
 * Saves the whole set of sections and questions from the editor: checked for shape and logic,
 * refused if it would spoil answers already given, and kept as a new version (with a note of what
 * changed) in the same transaction as the survey's own copy. Audited.
 */
export async function saveSurveyDefinition(officer: CurrentUser, input: TSurveyDefinitionSave): Promise<DefinitionSaved> {
  const checked = checkDefinition(readJson(input.definitionJson));
  if (!checked.ok) throw new ValidationError("problems.surveyDefinition.hasProblems", checked.fieldProblems);
  const next = checked.definition;
  return getDb().transaction(async (tx) => {
    const survey = await lockSurveyForChange(tx, officer, input.surveyId);
    if (survey.version !== input.baseVersion) {
      throw new ConflictError("problems.surveyDefinition.savedByOthers", { version: survey.version });
    }
    if (sameJson(survey.definition, next)) return { version: survey.version, note: "", changed: false };
    const usage = await loadAnswerUsage(tx, survey.id, questionsAtRisk(survey.definition, next));
    const problems = guardDefinitionChange(survey.definition, next, usage);
    if (problems.length) throw new ValidationError("problems.surveyDefinition.wouldSpoilAnswers", fieldProblemsFrom(problems));
    const version = survey.version + 1;
    const note = describeDefinitionChange(survey.definition, next);
    await tx.update(surveys).set({ definition: next, version }).where(eq(surveys.id, survey.id));
    await tx.insert(surveyVersions).values({ surveyId: survey.id, version, definition: next, note, createdBy: officer.id });
    await recordAudit(tx, { actorId: officer.id, action: "survey.definition_saved", subjectType: "survey", subjectId: survey.id, details: { version, note } });
    return { version, note, changed: true };
  });
}
