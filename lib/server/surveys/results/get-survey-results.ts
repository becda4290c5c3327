import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { surveyResponses, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { countsFrom } from "@/lib/surveys/results/counts";
import type { Question } from "@/lib/surveys/definition";
import { buildCrossTabs, rowOptions, type CrossTab, type DimensionGroup } from "@/lib/surveys/results/cross-tab";
import { dropOffBySection, type DropOff } from "@/lib/surveys/results/drop-off";
import { summariseCounts, type ResultsSummary } from "@/lib/surveys/results/summarise";
import { hasFilters, type CrossTabDimension, type TResponseFilters } from "@/lib/validations/survey-results";
import { countResponses, readTallies, type GroupedCountRow } from "./count-answers";
import { dimensionLabels } from "./dimension-labels";
import { responsesWhere } from "./response-filter";

export type ResultsFilters = TResponseFilters & { by?: CrossTabDimension };

export interface SurveyResults extends ResultsSummary {
  survey: { id: string; slug: string; title: string; status: "draft" | "open" | "closed"; anonymous: boolean; asksOrganisation: boolean; resultsPublishedAt: Date | null };
  /** "tallies" when unfiltered (running counts), "responses" when the filters needed a scan. */
  source: "tallies" | "responses";
  dropOff: DropOff;
  crossTab: { dimension: CrossTabDimension; tabs: CrossTab[] } | null;
}

export async function loadSurveyForResults(executor: Executor, surveyId: string) {
  const [survey] = await executor
    .select({
      id: surveys.id,
      slug: surveys.slug,
      title: surveys.title,
      status: surveys.status,
      anonymous: surveys.anonymous,
      asksOrganisation: surveys.asksOrganisation,
      resultsPublishedAt: surveys.resultsPublishedAt,
      definition: surveys.definition,
    })
    .from(surveys)
    .where(eq(surveys.id, surveyId));
  if (!survey) throw new NotFoundError("That survey could not be found.");
  return survey;
}

async function readProgress(executor: Executor, surveyId: string, filters: TResponseFilters) {
  return executor
    .select({ status: surveyResponses.status, furthestSection: surveyResponses.furthestSection, count: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(responsesWhere(surveyId, filters, false))
    .groupBy(surveyResponses.status, surveyResponses.furthestSection);
}

async function groupsOf(executor: Executor, dimension: CrossTabDimension, rows: GroupedCountRow[]): Promise<DimensionGroup[]> {
  const byValue = new Map<string, GroupedCountRow[]>();
  for (const row of rows) if (row.dim !== null) byValue.set(row.dim, [...(byValue.get(row.dim) ?? []), row]);
  // Labels come in their natural order (SIC sections, size bands, places by name): columns follow it.
  const labels = await dimensionLabels(executor, dimension, [...byValue.keys()]);
  const order = [...labels.keys()];
  const position = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...byValue.entries()]
    .map(([value, groupRows]) => ({ value, label: labels.get(value) ?? value, counts: countsFrom(groupRows) }))
    .sort((a, b) => position(a.value) - position(b.value));
}

/**
 * A survey's results for officers: every question's counts and percentages, means and medians,
 * grid summaries, drop-off by section, and (with `by`) cross-tabs. Without filters the counts come
 * from the running tallies; with filters they are aggregated in SQL over the matching responses.
 */
export async function getSurveyResults(surveyId: string, filters: ResultsFilters = {}): Promise<SurveyResults> {
  const db = getDb();
  const { definition, ...survey } = await loadSurveyForResults(db, surveyId);
  const filtered = hasFilters(filters);
  // With a comparison and filters, one grouped scan serves both: the totals are the groups' sum.
  // Without filters the totals come from the tallies, and the scan needs only the compared questions.
  const crossOnly = filtered ? undefined : (question: Question) => rowOptions(question).length > 0;
  const [totalRows, progress, crossRows] = await Promise.all([
    filtered ? (filters.by ? null : countResponses(db, surveyId, definition, filters)) : readTallies(db, surveyId),
    readProgress(db, surveyId, filters),
    filters.by ? countResponses(db, surveyId, definition, filters, filters.by, crossOnly) : null,
  ]);
  const countRows = totalRows ?? crossRows ?? [];
  const crossTab = filters.by && crossRows ? { dimension: filters.by, tabs: buildCrossTabs(definition, await groupsOf(db, filters.by, crossRows)) } : null;
  return {
    survey,
    source: filtered ? "responses" : "tallies",
    ...summariseCounts(definition, countsFrom(countRows)),
    dropOff: dropOffBySection(definition, progress),
    crossTab,
  };
}
