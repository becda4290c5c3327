import "server-only";
import { PassThrough } from "node:stream";
import { getDb } from "@/lib/db/client";
import { csvLine, UTF8_BOM } from "@/lib/domain/surveys/export/csv-cell";
import { exportColumns, type ExportColumn, type ExportResponse } from "@/lib/domain/surveys/export/export-columns";
import { xlsxCell, xlsxText, type XlsxCell } from "@/lib/domain/surveys/export/xlsx-cell";
import type { ExportFormat, TResponseFilters } from "@/lib/validations/survey-results";
import { loadSurveyForResults } from "@/lib/server/surveys/results/get-survey-results";
import { readResponseBatches } from "@/lib/server/surveys/export/shared/read-response-batches";

export interface SurveyExportRequest {
  surveyId: string;
  format: ExportFormat;
  filters: TResponseFilters;
}

/** Rows written between pauses that let the XLSX zip take them. */
const XLSX_YIELD_EVERY = 50;

type Source = { columns: ExportColumn[]; batches: AsyncGenerator<ExportResponse[]> };

async function openSource(surveyId: string, filters: TResponseFilters): Promise<Source> {
  const db = getDb();
  const survey = await loadSurveyForResults(db, surveyId);
  const identity = !survey.anonymous;
  return {
    columns: exportColumns(survey.definition, { organisation: survey.asksOrganisation, identity }),
    batches: readResponseBatches(db, surveyId, filters, { identity }),
  };
}

/** CSV, a batch per pull: nothing is read from the database until the client asks for more. */
async function* csvChunks(source: Promise<Source>): AsyncGenerator<string> {
  const { columns, batches } = await source;
  yield UTF8_BOM + csvLine(columns.map((column) => column.header));
  for await (const batch of batches) yield batch.map((response) => csvLine(columns.map((column) => column.value(response)))).join("");
}

/**
 * One style object per number format, shared by every cell that has it: exceljs looks a style up by
 * the object first, so a shared one costs nothing per cell where a fresh one is serialised each time.
 */
function sharedStyles(): (cell: XlsxCell) => { numFmt?: string } {
  const plain = {};
  const byFormat = new Map<string, { numFmt: string }>();
  return ({ numFmt }) => {
    if (!numFmt) return plain;
    const known = byFormat.get(numFmt) ?? { numFmt };
    byFormat.set(numFmt, known);
    return known;
  };
}

/**
 * XLSX through exceljs's streaming writer: each row is committed (written out and forgotten) as
 * it is added, and the writer waits whenever the client has not yet taken what was written. Every
 * cell is typed (xlsxCell): text is a string cell exactly as typed (never a formula, so it needs no
 * apostrophe), numbers are numbers, and dates are date cells with a date format.
 */
async function* xlsxChunks(source: Promise<Source>): AsyncGenerator<Uint8Array> {
  const output = new PassThrough();
  const writing = (async () => {
    const { columns, batches } = await source;
    // Loaded here, so a CSV export (or a process that never exports XLSX) does not carry exceljs.
    const { default: ExcelJS } = await import("exceljs");
    // No shared strings: their table would hold every answer in memory until the end.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet("Responses");
    const styleOf = sharedStyles();
    sheet.addRow(columns.map((column) => xlsxText(column.header))).commit();
    for await (const batch of batches) {
      for (const [index, response] of batch.entries()) {
        const cells = columns.map((column) => xlsxCell(column.value(response), column.kind));
        const row = sheet.addRow(cells.map((cell) => cell.value));
        row.eachCell((cell, column) => {
          const typed = cells[column - 1];
          if (typed) cell.style = styleOf(typed);
        });
        row.commit();
        // exceljs does not wait for its zip to take what a row wrote: let it catch up now and then,
        // or the rows pile up in memory (exceljs issue #1894).
        if (index % XLSX_YIELD_EVERY === XLSX_YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      }
      if (output.writableNeedDrain) await new Promise((resolve) => output.once("drain", resolve));
    }
    sheet.commit();
    await workbook.commit();
  })();
  writing.catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  for await (const chunk of output) yield chunk instanceof Uint8Array ? chunk : new TextEncoder().encode(String(chunk));
  await writing;
}

/**
 * A survey's submitted responses (those matching the filters) as CSV or XLSX, streamed with
 * constant memory. No permission check here: the caller (the export route) makes it. Uses the
 * process's default database, so a standalone script can run it too.
 */
export function surveyExportStream({ surveyId, format, filters }: SurveyExportRequest): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = openSource(surveyId, filters);
  // An unread export must not leave an unhandled rejection behind.
  source.catch(() => undefined);
  const chunks: AsyncGenerator<Uint8Array> =
    format === "csv"
      ? (async function* () {
          for await (const text of csvChunks(source)) yield encoder.encode(text);
        })()
      : xlsxChunks(source);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
