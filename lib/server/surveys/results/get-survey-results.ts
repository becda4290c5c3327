import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { surveyResponses, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { countsFrom, type CountRow } from "@/lib/domain/surveys/results/counts";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import { buildCrossTabs, type CrossTab, type DimensionGroup } from "@/lib/domain/surveys/results/cross-tab";
import { dropOffBySection, type DropOff } from "@/lib/domain/surveys/results/drop-off";
import { summariseCounts, type ResultsSummary } from "@/lib/domain/surveys/results/summarise";
import { CROSS_TAB_DIMENSIONS, hasFilters, type CrossTabDimension, type TResponseFilters } from "@/lib/validations/survey-results";
import { countResponses, readDimensionTallies, readTallies, type GroupedCountRow } from "./count-answers";
import { dimensionLabels } from "@/lib/server/surveys/results/shared/dimension-labels";
import { responsesWhere } from "@/lib/server/surveys/shared/response-filter";

export type ResultsFilters = TResponseFilters & { by?: CrossTabDimension };

export interface SurveyResults extends ResultsSummary {
  survey: { id: string; slug: string; title: string; status: "draft" | "open" | "closed"; anonymous: boolean; asksOrganisation: boolean; resultsPublishedAt: Date | null };
  /** "tallies" when read from the running counts, "responses" when the filters needed a scan. */
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
  if (!survey) throw new NotFoundError("problems.survey.notFound");
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
  for (const row of rows) {
    if (row.dim === null) continue;
    const group = byValue.get(row.dim);
    if (group) group.push(row);
    else byValue.set(row.dim, [row]);
  }
  // Labels come in their natural order (SIC sections, size bands, places by name): columns follow it.
  const labels = await dimensionLabels(executor, dimension, [...byValue.keys()]);
  const order = [...labels.keys()];
  const position = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...byValue.entries()]
    .map(([value, groupRows]) => ({ value, label: labels.get(value) ?? value, counts: countsFrom(groupRows) }))
    .sort((a, b) => position(a.value) - position(b.value));
}

/** The one dimension the filters name, with its value; null when they name none or more than one. */
function singleFilter(filters: TResponseFilters): [CrossTabDimension, string] | null {
  const named = CROSS_TAB_DIMENSIONS.flatMap((dimension) => (filters[dimension] ? [[dimension, filters[dimension]] as [CrossTabDimension, string]] : []));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * The counts, and the cross-tab's counts grouped by `by`, from the running tallies where they can
 * serve (no filter, or a filter on one dimension compared by nothing or by that same dimension);
 * otherwise aggregated in SQL over the matching responses. Null when the source is "responses".
 */
function fromTallies(db: Executor, surveyId: string, filters: ResultsFilters): Promise<[CountRow[], GroupedCountRow[] | null]> | null {
  const only = singleFilter(filters);
  if (!hasFilters(filters)) return Promise.all([readTallies(db, surveyId), filters.by ? readDimensionTallies(db, surveyId, filters.by) : null]);
  if (!only || (filters.by && filters.by !== only[0])) return null;
  return readDimensionTallies(db, surveyId, ...only).then((rows) => [rows, filters.by ? rows : null]);
}

/** The same counts aggregated over the matching responses: one grouped scan serves both (the totals are the groups' sum). */
async function fromResponses(db: Executor, surveyId: string, definition: SurveyDefinition, filters: ResultsFilters): Promise<[CountRow[], GroupedCountRow[] | null]> {
  const crossRows = filters.by ? await countResponses(db, surveyId, definition, filters, filters.by) : null;
  return [crossRows ?? (await countResponses(db, surveyId, definition, filters)), crossRows];
}

/**
 * A survey's results for officers: every question's counts and percentages, means and medians,
 * grid summaries, drop-off by section, and (with `by`) cross-tabs. Without filters, or filtered
 * by one dimension, the counts come from the running tallies; otherwise they are aggregated in SQL
 * over the matching responses.
 */
export async function getSurveyResults(surveyId: string, filters: ResultsFilters = {}): Promise<SurveyResults> {
  const db = getDb();
  const { definition, ...survey } = await loadSurveyForResults(db, surveyId);
  const tallied = fromTallies(db, surveyId, filters);
  const [[countRows, crossRows], progress] = await Promise.all([tallied ?? fromResponses(db, surveyId, definition, filters), readProgress(db, surveyId, filters)]);
  const crossTab = filters.by && crossRows ? { dimension: filters.by, tabs: buildCrossTabs(definition, await groupsOf(db, filters.by, crossRows)) } : null;
  return {
    survey,
    source: tallied ? "tallies" : "responses",
    ...summariseCounts(definition, countsFrom(countRows)),
    dropOff: dropOffBySection(definition, progress),
    crossTab,
  };
}
