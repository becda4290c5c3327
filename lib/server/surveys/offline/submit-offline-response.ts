import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { londonDay } from "@/lib/domain/surveys/builder/london-day";
import { readOfflineResponse } from "@/lib/domain/surveys/offline/read-offline-response";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { findSurveyForEntry, writeOfflineResponse } from "./shared/offline-response";

/**
 * An officer enters one paper, phone or event response: the survey's own questions read and
 * checked as its pages read them (skip logic included), the organisation block where the survey
 * asks for it, and the day it was received. A response with mistakes saves nothing and throws
 * every problem by field. Saved as a website submission is (reference, tallies, consents), with
 * its channel and the officer, linked to no account, and audited.
 */
export async function submitOfflineResponse(officer: CurrentUser, surveyId: string, input: { channel: string; received: string; form: FormInput }, now = new Date()): Promise<{ reference: string }> {
  return getDb().transaction(async (tx) => {
    const survey = await findSurveyForEntry(tx, surveyId);
    const read = readOfflineResponse(survey, input, londonDay(now));
    if (!read.ok) throw new ValidationError("problems.survey.answersNeedChanges", read.errors);
    const saved = await writeOfflineResponse(tx, survey, officer.id, read.response, { now });
    if (!saved) throw new Error("submitOfflineResponse: no row written without a key");
    const { channel, receivedDay } = read.response;
    await recordAudit(tx, { actorId: officer.id, action: "survey.response_entered", subjectType: "survey", subjectId: survey.id, details: { channel, reference: saved.reference, received: receivedDay } });
    return { reference: saved.reference };
  });
}
