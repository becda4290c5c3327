import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "@/tests/support/messages";
import { parsePopulationCsv, type PopulationCsv } from "./parse-population-csv";

const fixture = (name: string) => readFileSync(path.resolve(__dirname, "../../../tests/fixtures/population", name), "utf8");
const csv = (...lines: string[]) => lines.join("\r\n");

/** The rows with problems, as "row N: problem; problem". */
function badRows(result: PopulationCsv): string[] {
  if (!result.ok) throw new Error(`Expected rows, got: ${en(result.error)}`);
  return result.rows.filter((row) => row.errors.length).map((row) => `row ${row.line}: ${row.errors.map((error) => en(error)).join("; ")}`);
}

function fileError(result: PopulationCsv): string {
  if (result.ok) throw new Error("Expected a file error");
  return en(result.error);
}

describe("parsePopulationCsv", () => {
  it("reads a whole file: every answer of each question given, thousands separators allowed, census_category not read", () => {
    const result = parsePopulationCsv(fixture("fictional-area.csv"));
    if (!result.ok) throw new Error("Expected rows");
    expect(badRows(result)).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.counts ?? {})).toEqual(["sex", "age_band", "ethnic_group"]);
    expect(result.counts?.sex).toEqual({ female: 5100, male: 4900 });
    expect(Object.values(result.counts?.ethnic_group ?? {})).toHaveLength(19);
  });

  it("refuses every bad row with its row number and reason, and takes nothing from the file", () => {
    const result = parsePopulationCsv(fixture("fictional-area-bad-rows.csv"));
    expect(badRows(result)).toEqual([
      "row 3: Leave out “prefer_not_to_say”: the census counts only its own categories, and shares are compared among people who gave one.",
      "row 4: “religon” is not one of the questions: age_band, sex, gender_identity, ethnic_group, disability, religion, sexual_orientation, unpaid_care, main_language.",
      "row 5: “white british” is not written as its key: write “white_british”.",
      "row 6: “1.5” is not a whole number of people.",
      "row 7: Enter the number of people.",
      "row 8: sex “female” is already on row 2.",
      "row 9: “-3” is not a whole number of people.",
    ]);
    expect(result.ok && result.counts).toBe(null);
    // The rows keep what they said, for the page to show them.
    expect(result.ok && result.rows[3]?.cells).toEqual({ question: "ethnic_group", answer: "white british", count: "4000" });
  });

  it("lists an unknown answer's question's answers", () => {
    expect(badRows(parsePopulationCsv(csv("question,answer,count", "religion,Jedi,12")))).toEqual([
      "row 2: “Jedi” is not an answer to religion. Use one of: none, christian, buddhist, hindu, jewish, muslim, sikh, other.",
    ]);
    expect(badRows(parsePopulationCsv(csv("question,answer,count", "Ethnic group,white_british,12")))).toEqual(["row 2: “Ethnic group” is not written as its key: write “ethnic_group”."]);
  });

  it("refuses a question given without all its answers, or with nobody in it", () => {
    const result = parsePopulationCsv(csv("question,answer,count", "sex,female,0", "sex,male,0", "disability,limited_a_lot,300", "disability,not_limited,9000"));
    if (!result.ok) throw new Error("Expected rows");
    expect(badRows(result)).toEqual([]);
    expect(result.problems.map((problem) => en(problem))).toEqual([
      "Every count for sex is 0.",
      "disability has no row for limited_a_little. Give every answer of a question, with 0 where there is nobody.",
    ]);
    expect(result.counts).toBe(null);
  });

  it.each([
    ["", "The file is empty. The first row must name the columns, with the number of people for one answer on each row below it."],
    ["question,answer,count", "The file has no figures below the header row."],
    ["question,answer", /^The file has no "count" column\. The first row must name the columns: question, answer, count, census_category/],
    ["question,answer,count,people", /^The file has a column we do not recognise: "people"\./],
    ['question,answer,count\n"sex,female,1', /^The file could not be read as CSV/],
  ])("refuses the file %j as a whole", (text, expected) => {
    expect(fileError(parsePopulationCsv(text))).toMatch(expected);
  });

  it("refuses a file with more rows than any population table has", () => {
    const rows = Array.from({ length: 501 }, (_, index) => `sex,female,${index}`);
    expect(fileError(parsePopulationCsv(csv("question,answer,count", ...rows)))).toBe("The file has 501 rows: a population table has at most 500.");
  });
});
