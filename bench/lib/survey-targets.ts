import { LABEL_WIDTH, verdict, type RawNodeResult } from "./baselines";
import type { Measured } from "./load";
import type { Timings } from "./survey-measures";
import { SURVEY_TARGETS } from "./survey-config";
import type { ExportRun } from "./survey-measures";

/** What bench:surveys measured for issue 16's rows, with the baselines from the same run. */
export type SurveyFigures = {
  responses: number;
  results: { none: Timings; one: Timings; two: Timings } | null;
  csv: ExportRun | null;
  page: Measured | null;
  rawPage: RawNodeResult | null;
  submits: { measured: Measured; floor: Measured; lost: number; clean: boolean } | null;
  pgbench: { insertsPerSecond: number; clients: number } | null;
};

const count = (value: number) => Math.round(value).toLocaleString("en-GB");
const ms = (value: number) => `${value.toFixed(1)} ms`;
const below = (label: string, figure: string, value: number, target: number, unit: string) =>
  `${label.padEnd(LABEL_WIDTH)} ${figure} (target < ${target} ${unit})  ${value < target ? "PASS" : "MISS"}`;

/** Issue 16's rows that bench:surveys covers: each raw figure beside its target (or baseline and ratio), PASS or MISS. */
export function surveyTargetLines(f: SurveyFigures): string[] {
  const at = `${count(f.responses)} responses`;
  const lines: string[] = [];
  if (f.submits && f.pgbench) {
    const { measured, floor } = f.submits;
    const cpu = (m: Measured) => (m.cpu ? `${(m.cpu.node + m.cpu.postgres).toFixed(1)} ms CPU each` : "CPU not measured");
    lines.push(
      verdict(`survey submissions / pgbench insert (${f.pgbench.clients} clients)`, `${count(measured.perSecond)} /s of ${count(f.pgbench.insertsPerSecond)} inserts/s`, measured.perSecond / f.pgbench.insertsPerSecond, SURVEY_TARGETS.submitsOfPgbench),
      `${"  beside the route's floor (400, no database)".padEnd(LABEL_WIDTH)} ${count(measured.perSecond)} /s, ${cpu(measured)}; floor ${count(floor.sent / floor.seconds)} /s, ${cpu(floor)} (no target)`,
      `${"survey submissions lost or counted twice".padEnd(LABEL_WIDTH)} ${f.submits.clean ? "none" : `${f.submits.lost} lost, or duplicated (see above)`} (target none)  ${f.submits.clean ? "PASS" : "MISS"}`,
    );
  } else lines.push(`${"survey submissions".padEnd(LABEL_WIDTH)} not measured (BENCH_SKIP_HTTP=1)`);
  if (f.page) {
    const raw = f.rawPage ? `; raw node:http on the same ${count(f.rawPage.bytes / 1024)} KB: p95 ${ms(f.rawPage.p95Ms)}` : "";
    lines.push(below(`results page over HTTP, ${at}, p95`, `${ms(f.page.p95)} (p50 ${ms(f.page.p50)}${raw})`, f.page.p95, SURVEY_TARGETS.resultsPageP95Ms, "ms"));
  } else lines.push(`${"officer results page over HTTP".padEnd(LABEL_WIDTH)} not measured (BENCH_SKIP_HTTP=1)`);
  if (f.results) {
    const { none, one, two } = SURVEY_TARGETS.resultsMs;
    lines.push(
      below(`results, ${at}, no filter, p95`, ms(f.results.none.p95), f.results.none.p95, none, "ms"),
      below(`results, ${at}, one filter (sector), p95`, ms(f.results.one.p95), f.results.one.p95, one, "ms"),
      below(`results, ${at}, two filters (sector, size), p95`, ms(f.results.two.p95), f.results.two.p95, two, "ms"),
    );
  }
  if (f.csv) {
    lines.push(
      below(`CSV export, ${count(f.csv.rows)} responses, time`, `${f.csv.seconds.toFixed(1)} s`, f.csv.seconds, SURVEY_TARGETS.exportSeconds, "s"),
      below(`CSV export, ${count(f.csv.rows)} responses, peak RSS`, `${f.csv.maxRssMb.toFixed(0)} MB`, f.csv.maxRssMb, SURVEY_TARGETS.exportRssMb, "MB"),
    );
  }
  return lines;
}
