import type { Answers } from "./answer-types";
import { isAnswered } from "./check-answer";
import type { SurveyDefinition } from "./definition";
import { resolveSurvey } from "./logic";

/** The count of submitted responses is kept under this key (with choice ANSWERED). */
export const RESPONSES_KEY = "*";
/** Choice recorded once per answered question (or grid row): the base for percentages. */
export const ANSWERED = "*";

export interface OrganisationFacts {
  sector: string | null;
  sizeBand: string | null;
  neighbourhoodId: string | null;
}

/**
 * The (question key, choice) pairs one submitted response adds to the survey's tallies (its tally
 * delta, folded into them later), so the results page reads counts instead of scanning every
 * response. Text answers count as answered only; numbers and scale points by value (enough for mean
 * and median); grid rows as "<question>.<row>". Sorted: the same answers always give the same list.
 */
export function tallyKeys(definition: SurveyDefinition, answers: Answers, organisation?: OrganisationFacts): [string, string][] {
  const { sections, answers: kept } = resolveSurvey(definition, answers);
  const keys: [string, string][] = [[RESPONSES_KEY, ANSWERED]];
  if (organisation?.sector) keys.push(["org.sector", organisation.sector]);
  if (organisation?.sizeBand) keys.push(["org.size", organisation.sizeBand]);
  if (organisation?.neighbourhoodId) keys.push(["org.neighbourhood", organisation.neighbourhoodId]);
  for (const { questions } of sections) {
    for (const question of questions) {
      const value = kept[question.id];
      if (!isAnswered(value) || value === undefined) continue;
      if (question.type === "grid" && typeof value === "object" && !Array.isArray(value)) {
        for (const [row, point] of Object.entries(value)) keys.push([`${question.id}.${row}`, ANSWERED], [`${question.id}.${row}`, String(point)]);
        keys.push([question.id, ANSWERED]);
        continue;
      }
      keys.push([question.id, ANSWERED]);
      if (Array.isArray(value)) for (const choice of value) keys.push([question.id, choice]);
      else if (["single_choice", "dropdown", "yes_no", "consent", "scale", "number"].includes(question.type)) keys.push([question.id, String(value)]);
    }
  }
  return keys.sort(([a1, b1], [a2, b2]) => (a1 === a2 ? (b1 < b2 ? -1 : b1 > b2 ? 1 : 0) : a1 < a2 ? -1 : 1));
}
