import { conditionValues, allQuestions, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { answeredCount, countOf, type Counts } from "@/lib/domain/surveys/results/counts";
import { SMALL_NUMBER } from "@/lib/domain/surveys/results/suppress";
import type { PublicCount, SurveyHeadline } from "./content";

const HEADLINE_TYPES = new Set(["single_choice", "yes_no", "dropdown"]);

/**
 * A survey's headline: the leading answer to its first single-answer question (single choice,
 * yes/no or dropdown) with its share of those who answered, e.g. 80% of 200 answered "Yes" to
 * "Does your organisation have significant skills gaps?". None while fewer than 5 answered.
 */
export function surveyHeadline(definition: SurveyDefinition, counts: Counts): SurveyHeadline | null {
  const question = allQuestions(definition)
    .map((entry) => entry.question)
    .find((candidate) => HEADLINE_TYPES.has(candidate.type));
  if (!question) return null;
  const answered = answeredCount(counts, question.id);
  if (answered < SMALL_NUMBER) return null;
  const leading = conditionValues(question)
    .map((option) => ({ label: option.label, count: countOf(counts, question.id, option.id) }))
    .reduce<{ label: string; count: number } | null>((best, option) => (best === null || option.count > best.count ? option : best), null);
  if (!leading || leading.count < SMALL_NUMBER) return null;
  return { question: question.title, answer: leading.label, percent: Math.round((leading.count / answered) * 100), answered };
}

/** A count as it may be shown outside the console: under 5 becomes "fewer than 5" (null). */
export function publicCount(count: number): PublicCount {
  return count < SMALL_NUMBER ? null : count;
}
