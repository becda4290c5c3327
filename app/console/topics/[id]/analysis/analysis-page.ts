import type { InsightActions } from "@/components/insight/types";
import { chosenDimension, dimensionWords } from "@/components/insight/dimension-values";
import { getThemeCounts } from "@/lib/server/insight/get-theme-counts";
import { listAnalysisItems } from "@/lib/server/insight/list-analysis-items";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { ZAnalysisQuery, type TAnalysisQuery, type TSubject } from "@/lib/validations/insight";
import { codeItemAction, createThemeAction, deleteThemeAction, mergeThemesAction, renameThemeAction, runAnalysisAction, splitThemeAction } from "./actions";

/** What the topics' and the surveys' analysis pages share: their forms' actions, their query, their counts and items. */
export const ANALYSIS_ACTIONS: InsightActions = {
  run: runAnalysisAction,
  rename: renameThemeAction,
  remove: deleteThemeAction,
  merge: mergeThemesAction,
  split: splitThemeAction,
  create: createThemeAction,
  code: codeItemAction,
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The page's query string, malformed values ignored. */
export function analysisQuery(raw: Record<string, string | string[] | undefined>): TAnalysisQuery {
  return ZAnalysisQuery.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, first(value)])));
}

/** The counts by the dimension asked for (with its words) and the page of items asked for, with the counts' CSV address. */
export async function countsAndItems(ref: TSubject, query: TAnalysisQuery) {
  const dimension = chosenDimension(ref.kind, query.by);
  const words = await dimensionWords(ref.kind, dimension, await listNeighbourhoods());
  const [items, counts] = await Promise.all([
    listAnalysisItems(ref, { page: query.page, search: query.q, themeId: query.theme, itemId: query.item }),
    getThemeCounts(ref, dimension, words.values.map((value) => value.key)),
  ]);
  const subject: Record<string, string> = ref.kind === "topic" ? { topicId: ref.topicId } : { surveyId: ref.surveyId, questionKey: ref.questionKey };
  const csvHref = `/api/console/insight/counts.csv?${new URLSearchParams({ ...subject, by: dimension }).toString()}`;
  return { items, counts: { dimension, rows: counts.rows, words }, csvHref };
}
