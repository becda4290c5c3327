import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { surveyResponses, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { countsFrom, responseCount, subtractCounts, type CountRow } from "@/lib/domain/surveys/results/counts";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import { buildCrossTabs, type CrossTab, type DimensionGroup } from "@/lib/domain/surveys/results/cross-tab";
import { dropOffBySection, type DropOff, type ProgressRow } from "@/lib/domain/surveys/results/drop-off";
import { isTallied, resultsSlices } from "@/lib/domain/surveys/results/tally-slice";
import { summariseCounts, type ResultsSummary } from "@/lib/domain/surveys/results/summarise";
import type { CrossTabDimension, TResponseFilters } from "@/lib/validations/survey-results";
import { countResponses, type GroupedCountRow } from "./count-answers";
import { readTallySlice } from "@/lib/server/surveys/tallies/read-tally-slice";
import { dimensionLabels } from "@/lib/server/surveys/results/shared/dimension-labels";
import { responsesWhere } from "@/lib/server/surveys/shared/response-filter";

export type ResultsFilters = TResponseFilters & { by?: CrossTabDimension };

export interface SurveyResults extends ResultsSummary {
  survey: { id: string; slug: string; title: string; status: "draft" | "open" | "closed"; anonymous: boolean; asksOrganisation: boolean; resultsPublishedAt: Date | null };
  /** "tallies" when read from the tallies (folded and pending), "responses" when the filters needed a scan. */
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

/**
 * How far the unfinished responses got, counted from their rows (an index on drafts holds what is
 * needed). Submitted responses reached every section: the counts already say how many.
 */
async function readDraftProgress(executor: Executor, surveyId: string, filters: TResponseFilters): Promise<ProgressRow[]> {
  const drafts = await executor
    .select({ furthestSection: surveyResponses.furthestSection, count: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(and(responsesWhere(surveyId, filters, false), eq(surveyResponses.status, "draft")))
    .groupBy(surveyResponses.furthestSection);
  return drafts.map((row) => ({ status: "draft", ...row }));
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

/**
 * The counts, and the cross-tab's counts grouped by `by`, from the tallies where they hold the
 * slices (no more than two dimensions named between the filters and `by`, and no channel: the
 * tallies do not keep it); otherwise null.
 */
function fromTallies(db: Executor, surveyId: string, filters: ResultsFilters): Promise<[CountRow[], GroupedCountRow[] | null]> | null {
  if (filters.channel) return null;
  const { totals, grouped } = resultsSlices(filters, filters.by ?? null);
  if (!isTallied(totals) || (grouped && !isTallied(grouped))) return null;
  if (grouped === totals) return readTallySlice(db, surveyId, totals).then((rows) => [rows, rows]);
  return Promise.all([readTallySlice(db, surveyId, totals), grouped ? readTallySlice(db, surveyId, grouped) : null]);
}

/**
 * The website's responses alone: every response's counts (from the tallies, as above) less those of
 * the responses officers entered, which are few and counted through their partial index. Null
 * where the tallies do not hold the slices.
 */
function webFromTallies(db: Executor, surveyId: string, definition: SurveyDefinition, filters: ResultsFilters): Promise<[CountRow[], GroupedCountRow[] | null]> | null {
  const every = fromTallies(db, surveyId, { ...filters, channel: undefined });
  if (!every) return null;
  const offline = { ...filters, channel: "offline" as const };
  return Promise.all([every, countResponses(db, surveyId, definition, offline), filters.by ? countResponses(db, surveyId, definition, offline, filters.by) : null]).then(([[totals, grouped], offlineTotals, offlineGrouped]) => [
    subtractCounts(totals, offlineTotals),
    grouped && offlineGrouped ? subtractCounts(grouped, offlineGrouped) : grouped,
  ]);
}

/** The same counts aggregated over the matching responses: one grouped scan serves both (the totals are the groups' sum). */
async function fromResponses(db: Executor, surveyId: string, definition: SurveyDefinition, filters: ResultsFilters): Promise<[CountRow[], GroupedCountRow[] | null]> {
  const crossRows = filters.by ? await countResponses(db, surveyId, definition, filters, filters.by) : null;
  return [crossRows ?? (await countResponses(db, surveyId, definition, filters)), crossRows];
}

/**
 * A survey's results for officers: every question's counts and percentages, means and medians,
 * grid summaries, drop-off by section, and (with `by`) cross-tabs. The counts come from the
 * tallies (and the deltas not folded yet) when the filters and `by` name no more than two
 * dimensions; otherwise (three dimensions, or a channel) they are aggregated in SQL over the
 * matching responses: the paper, phone and event ones are few, and a partial index holds them. The
 * website's alone are the tallies' less those (`webFromTallies`).
 */
export async function getSurveyResults(surveyId: string, filters: ResultsFilters = {}): Promise<SurveyResults> {
  const db = getDb();
  const { definition, ...survey } = await loadSurveyForResults(db, surveyId);
  const tallied = filters.channel === "web" ? webFromTallies(db, surveyId, definition, filters) : fromTallies(db, surveyId, filters);
  const [[countRows, crossRows], drafts] = await Promise.all([tallied ?? fromResponses(db, surveyId, definition, filters), readDraftProgress(db, surveyId, filters)]);
  const counts = countsFrom(countRows);
  const submitted: ProgressRow = { status: "submitted", furthestSection: definition.sections.length, count: responseCount(counts) };
  const crossTab = filters.by && crossRows ? { dimension: filters.by, tabs: buildCrossTabs(definition, await groupsOf(db, filters.by, crossRows)) } : null;
  return {
    survey,
    source: tallied ? "tallies" : "responses",
    ...summariseCounts(definition, counts),
    dropOff: dropOffBySection(definition, [...drafts, submitted]),
    crossTab,
  };
}
