import { SCALE } from "./config";

/** bench:surveys' data: 100,000 submitted responses, times BENCH_SCALE (10: a million). */
export const SURVEY_RESPONSES = Number(process.env.BENCH_SURVEY_RESPONSES ?? 100_000 * SCALE);
/** Unfinished responses beside them (drop-off by section has something to show): 10% by default. */
export const SURVEY_DRAFTS = Number(process.env.BENCH_SURVEY_DRAFTS ?? Math.round(SURVEY_RESPONSES / 10));
/** Submissions through the API, each by a different employer (the survey takes one per person). */
export const SURVEY_SUBMITS = Number(process.env.BENCH_SUBMITS ?? 3000);

/** Issue 16's targets for bench:surveys (the results and export targets are for 1,000,000 responses). */
export const SURVEY_TARGETS = {
  /** Submissions through the API, of pgbench inserting a 200-character row at the same number of connections. */
  submitsOfPgbench: 0.08,
  /** GET /console/surveys/<id>/results as an officer, p95. */
  resultsPageP95Ms: 100,
  /** getSurveyResults p95: no filter, one filter, two filters. */
  resultsMs: { none: 50, one: 50, two: 300 },
  exportSeconds: 30,
  exportRssMb: 150,
};
