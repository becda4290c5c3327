import "server-only";
import { SMALL_NUMBER } from "@/lib/domain/surveys/results/suppress";
import { getPublicResults } from "@/lib/server/surveys/results/get-public-results";
import type { OpenSurveyResults } from "@/lib/validations/open-data";

const SUPPRESSED = { small: "fewer_than_threshold", protects: "protects_another" } as const;

/**
 * A survey's published results as open data: exactly what its public results page shows (choice,
 * yes/no and scale questions, small numbers suppressed), never a written answer or a respondent.
 * NotFound while the results are not published.
 */
export async function getPublishedSurveyResults(slug: string): Promise<OpenSurveyResults> {
  const results = await getPublicResults(slug);
  return {
    survey: { slug: results.survey.slug, title: results.survey.title, resultsPublishedAt: results.survey.publishedAt.toISOString() },
    responses: results.responses,
    threshold: SMALL_NUMBER,
    questions: results.questions.map((question) => ({
      id: question.id,
      title: question.title,
      multiple: question.multiple,
      answered: question.answered,
      options: question.cells.map((cell) => ({ id: cell.id, label: cell.label, count: cell.count, percent: cell.percent, suppressed: cell.hidden ? SUPPRESSED[cell.hidden] : null })),
    })),
  };
}
