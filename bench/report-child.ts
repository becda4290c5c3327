/**
 * Builds one survey's consultation report as an officer's page and downloads do (the figures composed
 * once from the tallies and grouped counts, then the DOCX and the PDF made from them), throws the bytes away and prints one JSON
 * line: each stage's seconds, the files' sizes and peak RSS. Run by bench/report.ts as its own
 * process, compiled first like the export child, so the RSS is the report's alone:
 *   node --conditions=react-server bench/.build/report-child.mjs <surveyId> <officerId>
 */
import { closeDatabase, getDatabaseHandle } from "@/lib/db/client";
import { getReport } from "@/lib/server/reports/get-report";
import { renderReportFile } from "@/lib/server/reports/shared/render-file";

async function main(surveyId: string | undefined, officerId: string | undefined): Promise<void> {
  if (!surveyId || !officerId) throw new Error("Usage: report-child.ts <surveyId> <officerId>");
  const officer = { id: officerId, email: "bench@example.test", name: "Bench Officer", role: "officer" as const, locale: "en" as const };
  const subject = { kind: "survey" as const, id: surveyId };
  const loadedRssMb = process.resourceUsage().maxRSS / 1024;
  const started = performance.now();
  const view = await getReport(officer, subject);
  const composed = performance.now();
  const docx = await renderReportFile(view.content, "docx");
  const docxDone = performance.now();
  const pdf = await renderReportFile(view.content, "pdf");
  const pdfDone = performance.now();
  const seconds = (from: number, to: number) => (to - from) / 1000;
  console.log(
    JSON.stringify({
      compose: seconds(started, composed),
      docx: seconds(composed, docxDone),
      pdf: seconds(docxDone, pdfDone),
      total: seconds(started, pdfDone),
      docxBytes: docx.bytes.byteLength,
      pdfBytes: pdf.bytes.byteLength,
      blocks: view.document.blocks.length,
      themes: view.content.facts.themes.length,
      responses: view.content.facts.participation.counts[0]?.shown,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      loadedRssMb,
    }),
  );
  await closeDatabase(getDatabaseHandle());
}

main(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
