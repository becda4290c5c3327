/**
 * Opens the survey exports in a real spreadsheet (LibreOffice, headless), saves what it made of
 * them as XLSX, and reads that back cell by cell: what an analyst would see. Skips, saying so,
 * where LibreOffice is not installed (`apt-get install libreoffice-calc-nogui`).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { surveyExportStream } from "@/lib/server/surveys/export/stream-survey-export";
import { AWKWARD_HEADERS, AWKWARD_SURVEY, awkwardAnswers, awkwardCells, type Shown } from "@/tests/support/awkward-answers";
import { convertWithLibreOffice, CSV_AS_OPENED, findSoffice } from "@/tests/support/libreoffice";
import { submitPlanned } from "@/tests/support/survey-response-fixtures";
import { createSurvey } from "@/tests/support/survey-fixtures";

const soffice = findSoffice();
// CI sets REQUIRE_LIBREOFFICE: there a missing LibreOffice is a failure, never a quiet skip.
if (!soffice && process.env.REQUIRE_LIBREOFFICE) throw new Error("REQUIRE_LIBREOFFICE is set but LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
if (!soffice) console.warn("SKIPPED survey-export-libreoffice: LibreOffice (soffice) is not installed; install libreoffice-calc-nogui to read the exports back in a real spreadsheet.");

const LIBREOFFICE_TIMEOUT = 180_000;
const FIRST_AT = new Date("2026-11-02T09:30:00Z");
const SECOND_AT = new Date("2026-11-02T17:45:00Z");

interface ReadBack {
  /** The first sheet's cells, row by row, as far as the header row reaches. */
  rows: ExcelJS.Cell[][];
  /** Formula cells anywhere in the workbook. */
  formulas: number;
}

async function readBack(file: string): Promise<ReadBack> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  let formulas = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) formulas += 1;
      }),
    ),
  );
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${file} has no sheet`);
  const width = sheet.getRow(1).cellCount;
  const rows = Array.from({ length: sheet.rowCount }, (_, index) => Array.from({ length: width }, (_, column) => sheet.getRow(index + 1).getCell(column + 1)));
  return { rows, formulas };
}

/** A cell as the test compares it: its type and value (text, number, date or nothing). */
function shownOf(cell: ExcelJS.Cell): { type: string; value: Shown } {
  const { value } = cell;
  if (value === null || value === undefined) return { type: "empty", value: null };
  if (typeof value === "string") return { type: cell.type === ExcelJS.ValueType.String ? "text" : `other(${cell.type})`, value };
  if (typeof value === "number") return { type: "number", value };
  if (value instanceof Date) return { type: "date", value };
  return { type: `other(${cell.type})`, value: JSON.stringify(value) };
}

function expectedOf(value: Shown): { type: string; value: Shown } {
  if (value === null) return { type: "empty", value };
  if (value instanceof Date) return { type: "date", value };
  return { type: typeof value === "number" ? "number" : "text", value };
}

/** Compares every cell with what it should show; returns how many were compared. */
function compareEvery(actual: ExcelJS.Cell[][], expected: Shown[][], label: string): number {
  expect(actual.length, `${label}: rows`).toBe(expected.length);
  let compared = 0;
  expected.forEach((row, rowIndex) =>
    row.forEach((value, column) => {
      const cell = actual[rowIndex]?.[column];
      if (!cell) throw new Error(`${label}: no cell at row ${rowIndex + 1}, column ${column + 1}`);
      expect(shownOf(cell), `${label} ${cell.address} (${String(expected[0]?.[column])})`).toEqual(expectedOf(value));
      compared += 1;
    }),
  );
  return compared;
}

describe.skipIf(!soffice)("survey exports opened in LibreOffice", { timeout: LIBREOFFICE_TIMEOUT }, () => {
  let folder = "";
  let references: string[] = [];
  let fromCsv: ReadBack;
  let fromXlsx: ReadBack;
  let canary: ReadBack;

  beforeAll(async () => {
    if (!soffice) return;
    const survey = await createSurvey(getDb(), { definition: AWKWARD_SURVEY });
    await submitPlanned(survey, [
      { answers: awkwardAnswers(), at: FIRST_AT },
      { answers: { agree: "yes" }, at: SECOND_AT },
    ]);
    const rows = await getDb().select({ reference: surveyResponses.reference }).from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id)).orderBy(asc(surveyResponses.submittedAt));
    references = rows.map((row) => row.reference ?? "");

    folder = await mkdtemp(path.join(tmpdir(), "lt-export-libreoffice-"));
    const exported = async (format: "csv" | "xlsx") => {
      const file = path.join(folder, `responses.${format}`);
      await writeFile(file, Buffer.from(await new Response(surveyExportStream({ surveyId: survey.id, format, filters: {} })).arrayBuffer()));
      return file;
    };
    const csv = await exported("csv");
    const xlsx = await exported("xlsx");
    // Proof that this LibreOffice runs formulas it finds in a CSV, so finding none means something.
    const unsafe = path.join(folder, "canary.csv");
    await writeFile(unsafe, "\uFEFFsum\r\n=1+1\r\n");

    const profile = path.join(folder, "profile");
    const [csvSaved, canarySaved] = await convertWithLibreOffice([csv, unsafe], { soffice, profile, outdir: path.join(folder, "from-csv"), to: "xlsx", infilter: CSV_AS_OPENED });
    const [xlsxSaved] = await convertWithLibreOffice([xlsx], { soffice, profile, outdir: path.join(folder, "from-xlsx"), to: "xlsx" });
    if (!csvSaved || !canarySaved || !xlsxSaved) throw new Error("LibreOffice wrote too few files");
    [fromCsv, fromXlsx, canary] = await Promise.all([readBack(csvSaved), readBack(xlsxSaved), readBack(canarySaved)]);
  }, LIBREOFFICE_TIMEOUT);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const headers = () => ["Reference", "Submitted at", "Language", "Channel", ...AWKWARD_HEADERS];

  it("runs a formula in an unneutralised CSV (so the checks below can see one)", () => {
    expect(canary.formulas).toBe(1);
    expect(canary.rows[1]?.[0]?.result).toBe(2);
  });

  it("shows every XLSX cell exactly as typed: text as text with no apostrophe, numbers as numbers, dates as dates; no formulas", () => {
    const expected: Shown[][] = [headers(), [references[0] ?? "", FIRST_AT, "English", "web", ...awkwardCells("xlsx", false)], [references[1] ?? "", SECOND_AT, "English", "web", ...awkwardCells("xlsx", true)]];
    const compared = compareEvery(fromXlsx.rows, expected, "XLSX");
    expect(fromXlsx.formulas).toBe(0);
    const dateFormats = [1, headers().indexOf("When did you move in?")].map((column) => fromXlsx.rows[1]?.[column]?.numFmt);
    expect(dateFormats).toEqual([expect.stringMatching(/^yyyy.*mm.*dd.*hh:mm/), expect.stringMatching(/^yyyy\\?-mm\\?-dd$/)]);
    console.info(`XLSX read back through LibreOffice: ${compared} cells compared, ${fromXlsx.formulas} formula cells`);
  });

  it("shows phone and plain numbers in the CSV as typed, and would-be formulas as text behind an apostrophe, never run", () => {
    const expected: Shown[][] = [
      headers(),
      [references[0] ?? "", FIRST_AT.toISOString(), "English", "web", ...awkwardCells("csv", false)],
      [references[1] ?? "", SECOND_AT.toISOString(), "English", "web", ...awkwardCells("csv", true)],
    ];
    const compared = compareEvery(fromCsv.rows, expected, "CSV");
    expect(fromCsv.formulas).toBe(0);
    // What an analyst reads off the screen for the numbers typed as text: as typed.
    for (const title of ["Coldest temperature at home", "Change in rent"]) {
      const cell = fromCsv.rows[1]?.[headers().indexOf(title)];
      expect(cell?.text).toBe(title === "Change in rent" ? "-1.5" : "-5");
    }
    console.info(`CSV read back through LibreOffice: ${compared} cells compared, ${fromCsv.formulas} formula cells`);
  });
});
