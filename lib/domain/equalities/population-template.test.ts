import { describe, expect, it } from "vitest";
import { parsePopulationCsv } from "./parse-population-csv";
import { populationTemplateCsv } from "./population-template";

describe("populationTemplateCsv", () => {
  it("lists every question and answer with its census categories, and reads back with only the counts to fill in", () => {
    const text = populationTemplateCsv();
    expect(text.startsWith("\uFEFFquestion,answer,count,census_category\r\n")).toBe(true);
    expect(text).toContain('ethnic_group,white_british,,"White: English, Welsh, Scottish, Northern Irish or British"\r\n');
    expect(text).toContain("gender_identity,different,,Gender identity different from sex registered at birth but no specific identity given + Trans woman + Trans man + Non-binary + All other gender identities\r\n");
    const parsed = parsePopulationCsv(text);
    if (!parsed.ok) throw new Error("The template should read as a population file");
    expect(parsed.rows).toHaveLength(66);
    expect(parsed.rows.every((row) => row.errors.length === 1 && row.errors[0]?.key === "validation.population.countRequired")).toBe(true);
  });
});
