import "server-only";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import type { ConsentGiven } from "@/lib/domain/surveys/consents";
import type { OrganisationFacts } from "@/lib/domain/surveys/tallies";
import { queryRows } from "@/lib/server/shared/query-rows";

export interface SubmissionFacts {
  surveyId: string;
  surveyVersion: number;
  /** The organisation's dimensions, as the response row has them. */
  organisation: OrganisationFacts;
  /** What the response counts (`tallyKeys`). */
  keys: [string, string][];
  /** What the person agreed to, and the account it is linked to (null when anonymous). */
  consents: ConsentGiven[];
  consentUserId: string | null;
  now: Date;
}

const texts = (values: string[]) => sql`${sql.param(values)}::text[]`;

/** Appends the response's tally delta: one row, shared with no other submission (see survey_tally_deltas). */
function deltaPart(facts: SubmissionFacts): SQL {
  const { sector, sizeBand, neighbourhoodId } = facts.organisation;
  return sql`
    insert into survey_tally_deltas (survey_id, sector, size_band, neighbourhood_id, question_keys, choices)
    select ${facts.surveyId}::uuid, ${sector}::text, ${sizeBand}::text, ${neighbourhoodId}::text, ${texts(facts.keys.map(([key]) => key))}, ${texts(facts.keys.map(([, choice]) => choice))}
    from submitted`;
}

/** What the person agreed to, in the words they saw and that version of the survey. */
function consentsPart(facts: SubmissionFacts): SQL {
  const { surveyId, surveyVersion, consents } = facts;
  return sql`
    insert into consent_records (user_id, response_id, subject, wording, version, given_at)
    select ${facts.consentUserId}::uuid, submitted.id, c.subject, c.wording, ${`survey ${surveyId} version ${surveyVersion}`}, ${facts.now.toISOString()}::timestamptz
    from submitted cross join unnest(${texts(consents.map((consent) => `survey:${surveyId}:${consent.questionId}`))}, ${texts(consents.map((consent) => consent.wording))}) as c(subject, wording)`;
}

const ZSubmitted = z.object({ id: z.string(), reference: z.string() });

/**
 * Runs `write` (an insert or update of survey_responses returning its id and reference, which
 * returns no row when it wrote nothing) and, in the same statement, appends the response's tally
 * delta and records its consents: one round trip, and nothing written unless the response was.
 * Null when `write` wrote no row.
 */
export async function writeSubmission(tx: Executor, write: SQLWrapper, facts: SubmissionFacts): Promise<{ id: string; reference: string } | null> {
  const parts = [sql`delta as (${deltaPart(facts)})`];
  if (facts.consents.length > 0) parts.push(sql`consents as (${consentsPart(facts)})`);
  const [row] = await queryRows(tx, sql`with submitted as (${write.getSQL()}), ${sql.join(parts, sql`, `)} select id, reference from submitted`, ZSubmitted);
  return row ?? null;
}
