import { randomUUID } from "node:crypto";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { dimensionTallyKeys, tallyKeys } from "@/lib/domain/surveys/tallies";
import { sql } from "./db";

export interface E2EResponse {
  answers: Answers;
  sector: string;
  sizeBand: "micro" | "small" | "medium" | "large";
  submittedAt: Date;
}

/**
 * Submitted responses written straight into the test server's database, with the tallies (and the
 * tallies by dimension) moved as the core's finaliseResponse moves them (the same `tallyKeys` and
 * `dimensionTallyKeys`), for journeys that read results.
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
      const organisation = { sector: response.sector, sizeBand: response.sizeBand, neighbourhoodId: place?.id ?? null };
      const keys = tallyKeys(definition, response.answers, organisation);
      for (const [questionKey, choice] of keys) {
        await tx`
          insert into survey_tallies (survey_id, question_key, choice, count) values (${survey.id}, ${questionKey}, ${choice}, 1)
          on conflict (survey_id, question_key, choice) do update set count = survey_tallies.count + 1`;
      }
      for (const [dimension, value, questionKey, choice] of dimensionTallyKeys(keys, organisation)) {
        await tx`
          insert into survey_dimension_tallies (survey_id, dimension, value, question_key, choice, count) values (${survey.id}, ${dimension}, ${value}, ${questionKey}, ${choice}, 1)
          on conflict (survey_id, dimension, value, question_key, choice) do update set count = survey_dimension_tallies.count + 1`;
      }
    }
  });
  return { surveyId: survey.id };
}
