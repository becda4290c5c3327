import type { InsightActions } from "@/components/insight/types";
import { codeItemAction, createThemeAction, deleteThemeAction, mergeThemesAction, renameThemeAction, runAnalysisAction, splitThemeAction } from "./actions";

/** The analysis pages' forms' actions (the topics' and the surveys' pages share them). */
export const ANALYSIS_ACTIONS: InsightActions = {
  run: runAnalysisAction,
  rename: renameThemeAction,
  remove: deleteThemeAction,
  merge: mergeThemesAction,
  split: splitThemeAction,
  create: createThemeAction,
  code: codeItemAction,
};
