import { message, type FieldProblems } from "@/lib/errors";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import { checkOrganisation, type TOrganisationInput } from "@/lib/domain/surveys/organisation";
import { parseWholeResponse, type FormInput } from "@/lib/domain/surveys/parse-answers";
import { isOfflineChannel, readReceivedDay, type OfflineChannel } from "./channels";

/** A paper, phone or event response, read and checked, ready to be written. */
export type OfflineResponse = { channel: OfflineChannel; receivedDay: string | null; answers: Answers; organisation: TOrganisationInput | null };

export interface OfflineSurvey {
  definition: SurveyDefinition;
  asksOrganisation: boolean;
}

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/**
 * Reads one response as an officer gives it (the entry form, or a row of an import file): the
 * channel, the day received (`today` is London's day, yyyy-mm-dd), the survey's questions read and
 * checked as its pages read them (skip logic included), and the organisation block where the
 * survey asks for it. Every problem is keyed by its form field (`channel`, `received`, `q.*`, `org.*`).
 */
export function readOfflineResponse(survey: OfflineSurvey, fields: { channel: string; received: string; form: FormInput }, today: string): { ok: true; response: OfflineResponse } | { ok: false; errors: FieldProblems } {
  const { answers, errors } = parseWholeResponse(survey.definition, fields.form);
  const problems: FieldProblems = { ...errors };
  const channel = fields.channel.trim().toLowerCase();
  if (!isOfflineChannel(channel)) problems.channel = [message("validation.surveyEntry.channel")];
  const received = readReceivedDay(fields.received, today);
  if (!received.ok) problems.received = [received.error];
  const form = fields.form;
  const organisation = survey.asksOrganisation
    ? checkOrganisation({ organisationName: text(form["org.organisationName"]), sector: text(form["org.sector"]), sizeBand: text(form["org.sizeBand"]), neighbourhoodId: text(form["org.neighbourhoodId"]) })
    : null;
  if (organisation && !organisation.ok) Object.assign(problems, organisation.errors);
  if (Object.keys(problems).length > 0 || !isOfflineChannel(channel) || !received.ok || (organisation && !organisation.ok)) return { ok: false, errors: problems };
  return { ok: true, response: { channel, receivedDay: received.day, answers, organisation: organisation?.organisation ?? null } };
}
