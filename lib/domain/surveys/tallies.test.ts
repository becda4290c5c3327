import { describe, expect, it } from "vitest";
import { definition, QUESTIONS } from "@/tests/support/survey-definitions";
import { ANSWERED, RESPONSES_KEY, tallyKeys } from "./tallies";

const survey = definition(
  { id: "one", title: "One", questions: [QUESTIONS.yesno, QUESTIONS.multi, QUESTIONS.short, QUESTIONS.num, QUESTIONS.grid] },
  { id: "two", title: "Two", showIf: { questionId: "yesno", operator: "equals", values: ["yes"] }, questions: [QUESTIONS.scale, QUESTIONS.drop] },
);

describe("tallyKeys", () => {
  it("counts the response, each answered question, and each choice or value", () => {
    const keys = tallyKeys(survey, { yesno: "yes", multi: ["a", "other"], "multi.other": "Mine", short: "Free text", num: 7, grid: { r1: 2, r2: 5 }, scale: 4, drop: "x" });
    expect(keys).toEqual(
      [
        [RESPONSES_KEY, ANSWERED],
        ["drop", ANSWERED],
        ["drop", "x"],
        ["grid", ANSWERED],
        ["grid.r1", ANSWERED],
        ["grid.r1", "2"],
        ["grid.r2", ANSWERED],
        ["grid.r2", "5"],
        ["multi", ANSWERED],
        ["multi", "a"],
        ["multi", "other"],
        ["num", ANSWERED],
        ["num", "7"],
        ["scale", ANSWERED],
        ["scale", "4"],
        ["short", ANSWERED],
        ["yesno", ANSWERED],
        ["yesno", "yes"],
      ].sort(),
    );
  });

  it("leaves out unanswered and hidden questions, and never the free text itself", () => {
    const keys = tallyKeys(survey, { yesno: "no", short: "   ", scale: 5, drop: "y", multi: [] });
    expect(keys).toEqual([
      [RESPONSES_KEY, ANSWERED],
      ["yesno", ANSWERED],
      ["yesno", "no"],
    ]);
  });

  it("adds the organisation's sector, size and neighbourhood when known", () => {
    const keys = tallyKeys(survey, { yesno: "no" }, { sector: "C", sizeBand: "micro", neighbourhoodId: "n-1" });
    expect(keys).toContainEqual(["org.sector", "C"]);
    expect(keys).toContainEqual(["org.size", "micro"]);
    expect(keys).toContainEqual(["org.neighbourhood", "n-1"]);
    expect(tallyKeys(survey, { yesno: "no" }, { sector: null, sizeBand: null, neighbourhoodId: null }).some(([key]) => key.startsWith("org."))).toBe(false);
  });

  it("sorts the keys, so the same answers always give the same list", () => {
    const keys = tallyKeys(survey, { yesno: "yes", multi: ["b", "a"], scale: 1 }, { sector: "Q", sizeBand: "large", neighbourhoodId: "z" });
    const joined = keys.map(([key, choice]) => `${key}\u0000${choice}`);
    expect(joined).toEqual([...joined].sort());
  });
});
