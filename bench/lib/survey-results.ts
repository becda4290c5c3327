import { getDatabaseHandle } from "@/lib/db/client";
import { countResponsesByChannel } from "@/lib/server/surveys/count-responses-by-channel";
import { getSurveyResults } from "@/lib/server/surveys/results/get-survey-results";
import { listTextAnswers } from "@/lib/server/surveys/results/list-text-answers";
import { SURVEYS_BENCH as TARGET } from "./config";
import type { BenchContext } from "./run-bench";
import type { Findings } from "./survey-http";
import { buildExportChild, describeTimings, runExportChild, timeCalls, type ExportRun, type Timings } from "./survey-measures";

type Filters = Parameters<typeof getSurveyResults>[1];

/**
 * getSurveyResults in this process: the three the targets name (no filter, one, two), then the
 * comparisons and three filters (no target; three filters are counted from the responses), and the
 * written answers' list (first page, and a search). Returns the three with targets.
 */
export async function timeResults({ step }: BenchContext, surveyId: string, { summary }: Findings): Promise<{ none: Timings; one: Timings; two: Timings }> {
  if (getDatabaseHandle().kind !== "postgres") throw new Error("The results query would not use the benchmark database");
  step("timing getSurveyResults: no filter, one, two and three filters, compared by a dimension, by channel; the counts by channel; then the written answers");
  const time = async (label: string, filters: Filters, calls = 30) => {
    const timings = await timeCalls(() => getSurveyResults(surveyId, filters), calls);
    const { source } = await getSurveyResults(surveyId, filters);
    summary.push(`results   getSurveyResults(${label}) [${source}]`.padEnd(70) + describeTimings(timings));
    return timings;
  };
  const none = await time("no filter", {});
  const one = await time("sector = C", { sector: "C" });
  const two = await time("sector = C, size = micro", { sector: "C", size: "micro" });
  await time("by = sector", { by: "sector" });
  await time("sector = C, by = size", { sector: "C", by: "size" });
  await time("sector = C, size = micro, by = neighbourhood", { sector: "C", size: "micro", by: "neighbourhood" }, 5);
  // By channel: the tallies do not keep it; the paper, phone and event responses (none here) are read
  // through their partial index, the website's are the tallies less those.
  await time("channel = paper", { channel: "paper" });
  await time("channel = web", { channel: "web" }, 3);
  const channels = await timeCalls(() => countResponsesByChannel(surveyId), 30);
  summary.push(`results   countResponsesByChannel (the results page's "how people took part")`.padEnd(70) + describeTimings(channels));
  const page = await timeCalls(() => listTextAnswers(surveyId, "hard_to_fill", {}), 30);
  summary.push(`results   listTextAnswers(hard_to_fill, first page)`.padEnd(70) + describeTimings(page));
  const search = await timeCalls(() => listTextAnswers(surveyId, "hard_to_fill", {}, { search: "welder" }), 5);
  summary.push(`results   listTextAnswers(hard_to_fill, search "welder")`.padEnd(70) + describeTimings(search));
  return { none, one, two };
}

/** The CSV export of every response in its own process (and the XLSX when `xlsx`, for comparison). */
export async function timeExport({ step }: BenchContext, surveyId: string, total: number, { summary, problems }: Findings, xlsx: boolean): Promise<ExportRun> {
  step("compiling the export child, then streaming the CSV export in it (its own process)");
  await buildExportChild();
  const csv = await runExportChild(TARGET, surveyId, "csv");
  summary.push(`export    CSV ${csv.rows.toLocaleString("en-GB")} rows, ${(csv.bytes / 1_048_576).toFixed(1)} MB in ${csv.seconds.toFixed(2)} s, peak RSS ${csv.maxRssMb.toFixed(0)} MB`);
  summary.push(`          of which loading the modules before the first row: ${csv.loadedRssMb.toFixed(0)} MB (compiled, run by plain Node)`);
  if (csv.rows !== total) problems.push(`the export has ${csv.rows} rows for ${total} submitted responses`);
  if (xlsx) {
    step("streaming the XLSX export in a child process");
    const sheet = await runExportChild(TARGET, surveyId, "xlsx");
    summary.push(`export    XLSX ${(sheet.bytes / 1_048_576).toFixed(1)} MB in ${sheet.seconds.toFixed(2)} s, peak RSS ${sheet.maxRssMb.toFixed(0)} MB (no target; for comparison)`);
  } else summary.push("export    XLSX not timed above the default scale (no target)");
  return csv;
}
