import { describe, expect, it } from "vitest";
import { dimensionsFor, suppressThemeCounts } from "./theme-counts";

describe("suppressThemeCounts", () => {
  const themes = [{ id: "t1", label: "Buses" }, { id: "t2", label: "Childcare" }];

  it("shows counts of 10 or more, hides smaller ones and keeps them from being worked out", () => {
    const rows = suppressThemeCounts(themes, [
      { themeId: "t1", value: "n1", count: 30 },
      { themeId: "t1", value: "n2", count: 12 },
      { themeId: "t1", value: "n3", count: 4 },
      { themeId: "t1", value: null, count: 20 },
      { themeId: "t2", value: "n1", count: 6 },
    ], ["n1", "n2", "n3"]);
    expect(rows[0]?.total).toEqual({ kind: "count", count: 66 });
    const shown = Object.fromEntries(rows[0]!.cells.map((cell) => [String(cell.key), cell.shown.kind]));
    expect(shown.n3).toBe("fewer-than-10");
    // One suppressed cell alone could be worked out from the total: another is hidden too.
    expect(Object.values(shown).filter((kind) => kind !== "count").length).toBeGreaterThanOrEqual(2);
    expect(rows[1]?.total).toEqual({ kind: "fewer-than-10" });
    expect(rows[1]?.cells.every((cell) => cell.shown.kind === "fewer-than-10")).toBe(true);
  });

  it("counts values it does not know (a neighbourhood since removed) as not known", () => {
    const [row] = suppressThemeCounts([{ id: "t1", label: "Buses" }], [{ themeId: "t1", value: "gone", count: 15 }, { themeId: "t1", value: "n1", count: 15 }], ["n1"]);
    expect(row?.cells).toEqual([{ key: "n1", shown: { kind: "count", count: 15 } }, { key: null, shown: { kind: "count", count: 15 } }]);
  });
});

describe("dimensionsFor", () => {
  it("offers sector and size for survey answers only", () => {
    expect(dimensionsFor("topic")).not.toContain("sector");
    expect(dimensionsFor("survey_question")).toEqual(expect.arrayContaining(["neighbourhood", "sector", "size", "age_band"]));
  });
});

describe("countsCsv", () => {
  it("writes suppressed counts as words, never their numbers, and neutralises labels", async () => {
    const { countsCsv } = await import("./counts-csv");
    const rows = suppressThemeCounts([{ id: "t1", label: "=Buses" }], [{ themeId: "t1", value: "n1", count: 25 }, { themeId: "t1", value: "n2", count: 3 }, { themeId: "t1", value: null, count: 12 }], ["n1", "n2"]);
    const csv = countsCsv(rows, [{ key: "n1", label: "Foleshill" }, { key: "n2", label: "Hillfields" }], { theme: "Theme", total: "Total", notKnown: "Not known", fewerThan10: "Fewer than 10", hidden: "Hidden", nobody: "Nobody" });
    const lines = csv.replace("\uFEFF", "").trim().split(/\r?\n/);
    expect(lines[0]).toBe("Theme,Total,Foleshill,Hillfields,Not known");
    expect(lines[1]).toMatch(/^'=Buses,40,/);
    expect(lines[1]).toContain("Fewer than 10");
    expect(lines[1]).not.toMatch(/,3(,|$)/);
  });
});
