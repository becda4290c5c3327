/**
 * Streams the CSV export of every submitted response to one survey and throws the bytes away, then
 * prints one JSON line: rows, bytes, seconds and peak RSS. Run by bench/surveys.ts as its own
 * process (DATABASE_URL in the environment), so the RSS is the export's alone:
 *   tsx --conditions=react-server bench/export-child.ts <surveyId>
 */
import { optionalExport } from "./lib/optional-module";

type SurveyExportStream = (options: { surveyId: string; format: "csv" | "xlsx"; filters: Record<string, string> }) => ReadableStream<Uint8Array>;

async function main(surveyId: string | undefined): Promise<void> {
  if (!surveyId) throw new Error("Usage: export-child.ts <surveyId>");
  const loaded = await optionalExport<SurveyExportStream>("lib/server/surveys/export/survey-export-stream", "surveyExportStream");
  if ("missing" in loaded) {
    console.log(JSON.stringify({ missing: loaded.missing }));
    return;
  }
  // What loading the app's modules costs before any row is read (tsx and the db client's imports).
  const loadedRssMb = process.resourceUsage().maxRSS / 1024;
  const started = performance.now();
  const reader = loaded.value({ surveyId, format: "csv", filters: {} }).getReader();
  let bytes = 0;
  let lines = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    for (const byte of chunk.value) if (byte === 10) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  // maxRSS is in kilobytes. Rows: lines after the header (demo answers hold no line breaks).
  console.log(JSON.stringify({ rows: lines - 1, bytes, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, loadedRssMb }));
}

main(process.argv[2]).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
