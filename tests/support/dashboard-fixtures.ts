/**
 * Rows with chosen timestamps for the dashboard tests. Each dashboard test file reads the figures
 * "as of" its own date long ago, so rows other test files add (now) never fall in its windows.
 */
import { getDb } from "@/lib/db/client";
import { auditLog, commentFlags, surveyResponses, surveyThemes, topicNeighbourhoods, topicThemes } from "@/lib/db/schema";
import type { SurveyRow } from "./survey-fixtures";

export const at = (iso: string) => new Date(iso);

/** A response written straight to the table: submitted at `submittedAt`, or a draft when it is null. */
export async function insertResponse(
  survey: SurveyRow,
  values: { submittedAt: Date | null; respondentId?: string | null; neighbourhoodId?: string | null },
): Promise<void> {
  await getDb()
    .insert(surveyResponses)
    .values({
      surveyId: survey.id,
      status: values.submittedAt ? "submitted" : "draft",
      respondentId: values.respondentId ?? null,
      neighbourhoodId: values.neighbourhoodId ?? null,
      surveyVersion: survey.version,
      startedAt: values.submittedAt ?? new Date(),
      submittedAt: values.submittedAt,
    });
}

export async function tagTopic(topicId: string, tags: { themeId?: string; neighbourhoodId?: string }): Promise<void> {
  if (tags.themeId) await getDb().insert(topicThemes).values({ topicId, themeId: tags.themeId });
  if (tags.neighbourhoodId) await getDb().insert(topicNeighbourhoods).values({ topicId, neighbourhoodId: tags.neighbourhoodId });
}

export async function tagSurvey(surveyId: string, themeId: string): Promise<void> {
  await getDb().insert(surveyThemes).values({ surveyId, themeId });
}

/** A moderation decision as decideComments records it, at a chosen time. */
export async function insertDecision(commentId: string, decision: "approve" | "reject" | "hide" | "restore", from: string, createdAt: Date): Promise<void> {
  await getDb()
    .insert(auditLog)
    .values({ actorId: null, action: `comment.${decision}`, subjectType: "comment", subjectId: commentId, details: { from }, createdAt });
}

export async function insertFlag(commentId: string, userId: string, createdAt: Date): Promise<void> {
  await getDb().insert(commentFlags).values({ commentId, userId, reason: "abusive", createdAt });
}
