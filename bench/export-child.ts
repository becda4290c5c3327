/**
 * Streams the CSV (or XLSX) export of every submitted response to one survey and throws the bytes
 * away, then prints one JSON line: rows (CSV only: lines after the header), bytes, seconds and peak RSS. Run by bench/surveys.ts as its own
 * process (DATABASE_URL in the environment), so the RSS is the export's alone. The bench compiles it
 * first (bench/lib/survey-measures.ts) and runs it with plain Node, as a deployed server would:
 *   node --conditions=react-server bench/.build/export-child.mjs <surveyId> [csv|xlsx]
 */
import { surveyExportStream } from "@/lib/server/surveys/export/stream-survey-export";

async function main(surveyId: string | undefined, format = "csv"): Promise<void> {
  if (!surveyId || (format !== "csv" && format !== "xlsx")) throw new Error("Usage: export-child.ts <surveyId> [csv|xlsx]");
  // What loading the app's modules costs before any row is read (tsx and the db client's imports).
  const loadedRssMb = process.resourceUsage().maxRSS / 1024;
  const started = performance.now();
  const reader = surveyExportStream({ surveyId, format, filters: {} }).getReader();
  let bytes = 0;
  let lines = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    for (let at = chunk.value.indexOf(10); at !== -1; at = chunk.value.indexOf(10, at + 1)) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  // maxRSS is in kilobytes. Rows: lines after the header (demo answers hold no line breaks).
  console.log(JSON.stringify({ rows: lines - 1, bytes, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, loadedRssMb }));
}

main(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
