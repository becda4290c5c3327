import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { surveyExportStream } from "@/lib/server/surveys/export/stream-survey-export";
import { skillsGapSurveyWithResponses, submitPlanned, type PlannedResponse } from "@/tests/support/survey-response-fixtures";
import { createSurvey, type SurveyRow } from "@/tests/support/survey-fixtures";

let survey: SurveyRow;
let planned: PlannedResponse[];

beforeAll(async () => {
  ({ survey, planned } = await skillsGapSurveyWithResponses(12));
});

async function workbookOf(surveyId: string, filters = {}): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(surveyExportStream({ surveyId, format: "xlsx", filters })).arrayBuffer());
  const sheet = workbook.getWorksheet("Responses");
  if (!sheet) throw new Error("No Responses sheet");
  return sheet;
}

function records(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push(Object.fromEntries(headers.map((header, index) => [header, row.getCell(index + 1).value])));
  });
  return rows;
}

describe("XLSX export", () => {
  it("reads back with exceljs to the same rows as the answers, numbers as numbers and times as dates", async () => {
    const rows = records(await workbookOf(survey.id));
    expect(rows).toHaveLength(12);
    planned.forEach((item, index) => {
      expect(rows[index]?.["Submitted at"]).toEqual(item.at);
      expect(rows[index]?.["About how many vacancies do you expect in the next 12 months?"]).toBe(item.answers.vacancies);
      expect(rows[index]?.["Would you consider employing refugees or migrants to fill your skills gaps?"]).toBe({ yes: "Yes", maybe: "Maybe, with the right support", no: "No" }[String(item.answers.would_consider)]);
    });
    const filtered = records(await workbookOf(survey.id, { size: "large" }));
    expect(filtered).toHaveLength(planned.filter((item) => item.employer?.sizeBand === "large").length);
  });

  it("stores a would-be formula as text exactly as typed, never as a formula, with no apostrophe", async () => {
    const other = await createSurvey(getDb());
    await submitPlanned(other, [{ answers: { likes: "yes", why: "=1+1", colours: ["blue"] }, at: new Date("2026-11-01T12:00:00Z") }]);
    const sheet = await workbookOf(other.id);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const cell = sheet.getRow(2).getCell(headers.indexOf("Why?") + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe("=1+1");
    const submitted = sheet.getRow(2).getCell(headers.indexOf("Submitted at") + 1);
    expect(submitted.type).toBe(ExcelJS.ValueType.Date);
    expect(submitted.numFmt).toBe('yyyy-mm-dd hh:mm "UTC"');
  });
});
