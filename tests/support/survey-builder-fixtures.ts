/** Helpers for the survey builder's integration tests: a valid settings form, responses, reads. */
import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import { auditLog, surveyResponses, surveys, surveyVersions } from "@/lib/db/schema";
import { ValidationError } from "@/lib/errors";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import type { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { ZSurveySettingsInput, type TSurveySettingsInput } from "@/lib/validations/survey-settings";
import { uniqueTag } from "./factories";

const db = () => getDb();

export function settingsInput(overrides: Partial<z.input<typeof ZSurveySettingsInput>> = {}): TSurveySettingsInput {
  return ZSurveySettingsInput.parse({ title: `Survey ${uniqueTag()}`, summary: "Tell us what you think of the plans.", audience: "anyone", anonymity: "anonymous", ...overrides });
}

export function saveInput(surveyId: string, baseVersion: number, definition: z.input<typeof ZSurveyDefinition> | { sections: unknown[] }) {
  return { surveyId, baseVersion, definitionJson: JSON.stringify(definition) };
}

export async function addResponse(surveyId: string, answers: Answers, status: "draft" | "submitted" = "submitted"): Promise<void> {
  await db()
    .insert(surveyResponses)
    .values({ surveyId, answers, status, surveyVersion: 1, submittedAt: status === "submitted" ? new Date() : null });
}

export async function surveyRow(id: string) {
  const [row] = await db().select().from(surveys).where(eq(surveys.id, id));
  if (!row) throw new Error("The survey is missing");
  return row;
}

export async function versionRows(surveyId: string) {
  return db()
    .select({ version: surveyVersions.version, note: surveyVersions.note, createdBy: surveyVersions.createdBy, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(asc(surveyVersions.version));
}

export async function surveyAudit(surveyId: string) {
  return db().select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details }).from(auditLog).where(eq(auditLog.subjectId, surveyId)).orderBy(asc(auditLog.createdAt));
}

/** Runs `promise`, expecting a ValidationError, and returns its field errors and message. */
export async function validationError(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}
