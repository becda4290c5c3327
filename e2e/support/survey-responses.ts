import { randomUUID } from "node:crypto";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { tallyKeys } from "@/lib/domain/surveys/tallies";
import { sql } from "./db";

export interface E2EResponse {
  answers: Answers;
  sector: string;
  sizeBand: "micro" | "small" | "medium" | "large";
  submittedAt: Date;
}

/**
 * Submitted responses written straight into the test server's database, each with the tally delta
 * a submission appends (the same `tallyKeys`), for journeys that read results: the server's folder
 * folds them into the tallies as it folds real ones.
 */
export async function insertSubmittedResponses(surveySlug: string, responses: E2EResponse[]): Promise<{ surveyId: string }> {
  const [survey] = await sql<{ id: string; definition: unknown; version: number }[]>`select id, definition, version from surveys where slug = ${surveySlug}`;
  if (!survey) throw new Error(`No survey ${surveySlug}`);
  const definition = ZSurveyDefinition.parse(survey.definition);
  const [place] = await sql<{ id: string }[]>`select id from neighbourhoods order by name limit 1`;
  await sql.begin(async (tx) => {
    for (const response of responses) {
      const reference = `LT-E2E${randomUUID().slice(0, 4).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`;
      await tx`
        insert into survey_responses (survey_id, status, reference, answers, organisation_name, sector, size_band, neighbourhood_id, furthest_section, survey_version, submitted_at)
        values (${survey.id}, 'submitted', ${reference}, ${tx.json(response.answers)}, ${`E2E employer ${reference}`}, ${response.sector}, ${response.sizeBand}, ${place?.id ?? null},
                ${definition.sections.length}, ${survey.version}, ${response.submittedAt})`;
      const keys = tallyKeys(definition, response.answers, { sector: response.sector, sizeBand: response.sizeBand, neighbourhoodId: place?.id ?? null });
      await tx`
        insert into survey_tally_deltas (survey_id, sector, size_band, neighbourhood_id, question_keys, choices)
        values (${survey.id}, ${response.sector}, ${response.sizeBand}, ${place?.id ?? null}, ${keys.map(([key]) => key)}, ${keys.map(([, choice]) => choice)})`;
    }
  });
  return { surveyId: survey.id };
}

/** A question's counts by choice, as results read them: the folded tallies plus the deltas not folded yet, in one statement. */
export async function talliedCounts(surveyId: string, questionKey: string): Promise<{ choice: string; count: number }[]> {
  return sql<{ choice: string; count: number }[]>`
    select choice, sum(count)::int as count from (
      select choice, count from survey_tallies where survey_id = ${surveyId} and question_key = ${questionKey}
      union all
      select k.choice, 1 from survey_tally_deltas d cross join lateral unnest(d.question_keys, d.choices) as k(question_key, choice)
      where d.survey_id = ${surveyId} and k.question_key = ${questionKey}
    ) counts group by choice`;
}
