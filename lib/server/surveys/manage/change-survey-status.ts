import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { ConflictError, message, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { SurveyStatusChange } from "@/lib/validations/survey-settings";
import { checkDefinition } from "./check-definition";
import { lockSurveyForChange } from "./lock-survey";

type Status = (typeof surveys.$inferSelect)["status"];
const CHANGES = {
  open: { from: ["draft"], to: "open" },
  close: { from: ["open"], to: "closed" },
  reopen: { from: ["closed"], to: "open" },
} as const satisfies Record<SurveyStatusChange, { from: readonly Status[]; to: Status }>;

/**
 * Moves a survey through draft → open → closed (and back to open). Opening checks that every
 * section and question is complete and the logic is sound, and that the closing date has not passed.
 */
export async function changeSurveyStatus(officer: CurrentUser, surveyId: string, change: SurveyStatusChange, now = new Date()): Promise<Status> {
  return getDb().transaction(async (tx) => {
    const survey = await lockSurveyForChange(tx, officer, surveyId);
    const rule = CHANGES[change];
    if (!(rule.from as readonly Status[]).includes(survey.status)) throw new ConflictError("problems.survey.cannotChange", { status: survey.status });
    if (rule.to === "open") {
      const checked = checkDefinition(survey.definition);
      if (!checked.ok) throw new ValidationError(message("problems.survey.incompleteQuestions", { problems: checked.messages }));
      if (survey.closesAt && survey.closesAt <= now) throw new ValidationError("problems.survey.closingDatePassed");
    }
    await tx.update(surveys).set({ status: rule.to }).where(eq(surveys.id, surveyId));
    await recordAudit(tx, { actorId: officer.id, action: `survey.${change}`, subjectType: "survey", subjectId: surveyId, details: { from: survey.status, to: rule.to } });
    return rule.to;
  });
}
