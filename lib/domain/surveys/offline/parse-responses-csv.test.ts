import { describe, expect, it } from "vitest";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { importColumns, importTemplateCsv } from "./import-columns";
import { parseResponsesCsv } from "./parse-responses-csv";

const definition = ZSurveyDefinition.parse({
  sections: [
    {
      id: "one",
      title: "One",
      questions: [
        { id: "likes", type: "yes_no", title: "Do you like it?", required: true },
        { id: "when", type: "date", title: "When did you visit?" },
        { id: "rating", type: "grid", title: "Rate", points: 5, rows: [{ id: "parks", label: "Parks" }, { id: "roads", label: "Roads" }] },
        { id: "colour", type: "single_choice", title: "Colour", options: [{ id: "red", label: "Red" }, { id: "sky_blue", label: "Sky blue" }], allowOther: true },
      ],
    },
  ],
});
const context = { definition, asksOrganisation: false, neighbourhoods: [], today: "2026-11-20" };

describe("importColumns", () => {
  it("names the channel, the day received and each question's key, a grid's rows and an other text", () => {
    const columns = importColumns(definition, false);
    expect(columns.map((column) => [column.name, column.required])).toEqual([
      ["channel", true],
      ["received", false],
      ["likes", true],
      ["when", false],
      ["rating.parks", false],
      ["rating.roads", false],
      ["colour", false],
      ["colour.other", false],
    ]);
    expect(importTemplateCsv(columns)).toBe("\uFEFFchannel,received,likes,when,rating.parks,rating.roads,colour,colour.other\r\n");
    expect(importColumns(definition, true).slice(2, 6).map((column) => column.name)).toEqual(["organisation_name", "sector", "size_band", "neighbourhood"]);
  });
});

describe("parseResponsesCsv", () => {
  it("reads answers as the pages would send them: choices by key or words, dates either way, grid rows", () => {
    const csv = parseResponsesCsv("Channel,likes,when,rating.parks,colour\nPAPER,Yes,7/3/2026,4,sky blue\n", context);
    if (!csv.ok) throw new Error("not read");
    expect(csv.rows[0]).toMatchObject({ line: 2, problems: [], response: { channel: "paper", receivedDay: null, answers: { likes: "yes", when: "2026-03-07", rating: { parks: 4 }, colour: "sky_blue" } } });
  });

  it("names each problem's column, in the row's own line", () => {
    const csv = parseResponsesCsv("channel,likes,when,rating.roads,colour\n\nweb,perhaps,soon,9,other\n", context);
    if (!csv.ok) throw new Error("not read");
    const [row] = csv.rows;
    expect(row?.line).toBe(3);
    expect(row?.response).toBeNull();
    expect(row?.problems.map((problem) => [problem.column, problem.message.key])).toEqual([
      ["when", "validation.responseImport.date"],
      ["likes", "validation.answer.yesOrNo"],
      ["rating.roads", "validation.answer.gridPoint"],
      ["colour", "validation.answer.enterOther"],
      ["channel", "validation.surveyEntry.channel"],
    ]);
  });

  it("keys each row by what it says and how often the file says it", () => {
    const csv = parseResponsesCsv("channel,likes\npaper,no\npaper,no\nphone,no\n", context);
    if (!csv.ok) throw new Error("not read");
    const keys = csv.rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).not.toBe(keys[1]);
    const again = parseResponsesCsv("likes,channel\nno,paper\nno,paper\nno,phone\n", context);
    expect(again.ok && again.rows.map((row) => row.key)).toEqual(keys);
  });

  it("refuses a file without a channel column or without rows", () => {
    expect(parseResponsesCsv("likes\nno\n", context)).toMatchObject({ ok: false, error: { key: "validation.contactImport.missingColumns" } });
    expect(parseResponsesCsv("channel,likes\n", context)).toMatchObject({ ok: false, error: { key: "validation.responseImport.noRows" } });
    expect(parseResponsesCsv("", context)).toMatchObject({ ok: false, error: { key: "validation.responseImport.empty" } });
  });
});
