import { randomUUID } from "node:crypto";
import type autocannon from "autocannon";
import type postgres from "postgres";
import { skillsGapResponses } from "@/lib/seed/demo-survey-responses";
import type { SkillsGapSurvey } from "./survey-bulk";
import { SESSION_COOKIE } from "./survey-users";

/** One submission sent: who sent it, its body and key, and the reference its 201 returned. */
type Sent = { token: string; body: string; submissionKey: string; reference?: string };
/** autocannon's per-connection context: the submission this connection sent last (one request in flight each). */
type Context = { sent?: Sent };

/**
 * POSTs to the submission API, each request as the next employer in turn (one response each: the
 * survey is one per person) with a fresh submission key; remembers what it sent and the
 * references the 201s returned.
 */
export function submitter(survey: SkillsGapSurvey, tokens: string[]) {
  const path = `/api/surveys/${survey.id}/responses`;
  const responses = skillsGapResponses(tokens.length, survey.neighbourhoods, { from: survey.opensAt, to: new Date() }, 3);
  const sent: Sent[] = [];
  const references: string[] = [];
  const next = (): Sent => {
    const turn = sent.length;
    const token = tokens[turn];
    const response = responses[turn];
    if (!token || !response) throw new Error(`More submissions than employers (${tokens.length})`);
    const submissionKey = randomUUID();
    const item = { token, submissionKey, body: JSON.stringify({ answers: response.answers, organisation: response.organisation, submissionKey }) };
    sent.push(item);
    return item;
  };
  const request: autocannon.Request = {
    method: "POST",
    path,
    setupRequest: (req, context: Context) => {
      const item = next();
      context.sent = item;
      return { ...req, headers: { ...req.headers, "content-type": "application/json", cookie: `${SESSION_COOKIE}=${item.token}` }, body: item.body };
    },
    onResponse: (status, body, context: Context) => {
      if (status !== 201) return;
      const { reference } = JSON.parse(body) as { reference: string };
      references.push(reference);
      if (context.sent) context.sent.reference = reference;
    },
  };
  return { path, request, sent, references, next };
}

export async function submittedCount(sql: postgres.Sql, surveyId: string): Promise<number> {
  const [row] = await sql<{ total: number }[]>`select count(*)::int as total from survey_responses where survey_id = ${surveyId} and status = 'submitted'`;
  return row?.total ?? 0;
}

export type SubmitAudit = { referencesFound: number; duplicatedPeople: number; duplicatedKeys: number; replays: number; replaysMatching: number; addedByReplays: number };

/**
 * After the run: every 201's reference is a row, nobody answered twice, no submission key made two
 * rows, and sending some bodies again (same key) answers 200 with the first reference and adds nothing.
 */
export async function auditSubmits(sql: postgres.Sql, baseUrl: string, surveyId: string, run: ReturnType<typeof submitter>, replayCount = 50): Promise<SubmitAudit> {
  const [found] = await sql<{ total: number }[]>`select count(*)::int as total from survey_responses where reference = any(${run.references}::text[])`;
  const [dupes] = await sql<{ people: number; keys: number }[]>`
    select (select count(*) - count(distinct respondent_key) from survey_responses where survey_id = ${surveyId} and respondent_key is not null)::int as people,
           (select count(*) - count(distinct submission_key) from survey_responses where submission_key is not null)::int as keys`;
  const before = await submittedCount(sql, surveyId);
  let matching = 0;
  const replays = run.sent.slice(0, replayCount);
  for (const item of replays) {
    const response = await fetch(`${baseUrl}/api/surveys/${surveyId}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${item.token}` },
      body: item.body,
    });
    const body = (await response.json()) as { reference?: string };
    // The key is stored scoped to its sender (a keyed hash), so the first reference is the one its 201 returned.
    if (response.status === 200 && item.reference && body.reference === item.reference) matching += 1;
  }
  return {
    referencesFound: found?.total ?? 0,
    duplicatedPeople: dupes?.people ?? -1,
    duplicatedKeys: dupes?.keys ?? -1,
    replays: replays.length,
    replaysMatching: matching,
    addedByReplays: (await submittedCount(sql, surveyId)) - before,
  };
}
