import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { surveyExportStream } from "@/lib/server/surveys/export/stream-survey-export";
import { submitResponseIn } from "@/lib/server/surveys/submit-answers";
import { neutralise } from "@/lib/domain/surveys/export/csv-cell";
import { ZSurveySubmission, type TSurveySubmission } from "@/lib/validations/survey-submission";
import { createUser } from "@/tests/support/factories";
import { createNeighbourhoods } from "@/tests/support/survey-response-fixtures";
import { createSurvey, type SurveyRow } from "@/tests/support/survey-fixtures";
import { XSS_CORPUS } from "@/tests/support/xss-corpus";

/** Officer-written headers can be formulas too. */
const STORY = '=HYPERLINK("https://evil.example/story","Tell us your story")';
const HEADLINE = "@Headline";
const COLOURS = "+Colours";
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * What exceljs's reader gives back for a text: it decodes the five named entities once more than it
 * should (the sheet's XML itself holds `&amp;lt;` for a typed `&lt;`; Excel shows `&lt;`). Control
 * characters and carriage returns survive: the export writes those texts as escaped inline strings.
 */
const throughExcelJs = (text: string) => text.replace(/&(lt|gt|amp|apos|quot);/g, (_match, name: string) => ({ lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' })[name] ?? "");

let survey: SurveyRow;
const submitted: { input: TSurveySubmission; name: string }[] = [];
const figures = { csvCells: 0, xlsxCells: 0, neutralised: 0 };

beforeAll(async () => {
  survey = await createSurvey(getDb(), {
    anonymous: false,
    asksOrganisation: true,
    definition: {
      sections: [
        {
          id: "about",
          title: "About",
          questions: [
            { id: "story", type: "long_text", title: STORY },
            { id: "headline", type: "short_text", title: HEADLINE },
            { id: "colours", type: "multiple_choice", title: COLOURS, allowOther: true, options: [{ id: "red", label: "-Red" }, { id: "blue", label: "Blue" }] },
          ],
        },
      ],
    },
  });
  const [place] = await createNeighbourhoods(1);
  const start = Date.UTC(2026, 10, 1, 9, 0, 0);
  for (const [index, payload] of XSS_CORPUS.entries()) {
    const user = await createUser(getDb(), { name: payload.text });
    // Parsed as the JSON API parses it (names and organisations are trimmed there).
    const input = ZSurveySubmission.parse({
      answers: { story: payload.text, headline: payload.text.slice(0, 200), colours: ["red", "other"], "colours.other": payload.text.slice(0, 200) },
      organisation: { organisationName: payload.text.slice(0, 200), sector: "C", sizeBand: "small", neighbourhoodId: place?.id },
      submissionKey: randomUUID(),
    });
    await getDb().transaction((tx) => submitResponseIn(tx, survey, { id: user.id, email: user.email }, input, new Date(start + index * 1000)));
    submitted.push({ input, name: payload.text });
  }
}, 120_000);

/**
 * What each payload-carrying column must read back as: in the CSV the text, neutralised where it could
 * run as a formula; in the XLSX exactly the text (a string cell never evaluates).
 */
function expected(index: number, format: "csv" | "xlsx" = "csv"): Record<string, string> {
  const item = submitted[index];
  if (!item) throw new Error(`No response ${index}`);
  const text = (value: unknown) => (format === "csv" ? String(neutralise(String(value))) : String(value));
  return {
    Organisation: text(item.input.organisation?.organisationName),
    "Respondent name": text(item.name),
    [text(STORY)]: text(item.input.answers.story),
    [text(HEADLINE)]: text(item.input.answers.headline),
    [`${text(COLOURS)}: other (please specify)`]: text(item.input.answers["colours.other"]),
  };
}

describe("exports against the XSS corpus", () => {
  it("CSV: every payload reads back as text, and no cell starts like a formula", async () => {
    const raw = Buffer.from(await new Response(surveyExportStream({ surveyId: survey.id, format: "csv", filters: {} })).arrayBuffer());
    const rows = parse(raw, { bom: true, relax_column_count: false }) as string[][];
    const [header, ...records] = rows;
    expect(records).toHaveLength(XSS_CORPUS.length);
    const cells = rows.flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    figures.csvCells = cells.length;
    figures.neutralised = cells.filter((cell) => /^'[=+\-@\t\r]/.test(cell)).length;
    const byHeader = records.map((record) => Object.fromEntries((header ?? []).map((name, column) => [name, record[column]])));
    byHeader.forEach((record, index) => {
      for (const [column, value] of Object.entries(expected(index))) expect(record[column], `${column} of response ${index + 1}`).toBe(value);
    });
  });

  it("XLSX: no cell is a formula, and every text reads back exactly as typed", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(surveyExportStream({ surveyId: survey.id, format: "xlsx", filters: {} })).arrayBuffer());
    const sheet = workbook.getWorksheet("Responses");
    if (!sheet) throw new Error("No Responses sheet");
    const header: string[] = [];
    sheet.getRow(1).eachCell((cell) => header.push(cell.text));
    const formulas: string[] = [];
    let cells = 0;
    sheet.eachRow((row, rowNumber) => {
      row.eachCell((cell) => {
        cells += 1;
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas.push(cell.address);
      });
      if (rowNumber === 1) return;
      const record = Object.fromEntries(header.map((name, column) => [name, row.getCell(column + 1).text]));
      for (const [column, value] of Object.entries(expected(rowNumber - 2, "xlsx"))) expect(record[throughExcelJs(column)], `${column} of response ${rowNumber - 1}`).toBe(throughExcelJs(value));
    });
    expect(formulas).toEqual([]);
    expect(sheet.rowCount).toBe(XSS_CORPUS.length + 1);
    figures.xlsxCells = cells;
  });

  afterAll(() => {
    console.log(
      `XSS corpus (exports): ${XSS_CORPUS.length} responses x 5 fields (organisation, respondent name, long and short text, other answer) + formula headers; ` +
        `CSV ${figures.csvCells} cells (${figures.neutralised} neutralised with an apostrophe), XLSX ${figures.xlsxCells} cells (text exactly as typed), 0 formulas, every payload read back`,
    );
  });
});
