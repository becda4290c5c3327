import { describe, expect, it } from "vitest";
import { QUESTIONS, section } from "@/tests/support/survey-definitions";
import type { Condition } from "./definition";
import { checkLogic } from "./definition";
import { en } from "@/tests/support/messages";

const when = (questionId: string, operator: Condition["operator"], ...values: string[]): Condition => ({ questionId, operator, values });
const first = section("first", [QUESTIONS.yesno, QUESTIONS.multi, QUESTIONS.short, QUESTIONS.scale]);
const messages = (...sections: ReturnType<typeof section>[]) => checkLogic({ sections }).map((problem) => en(problem.message));

describe("checkLogic", () => {
  it("passes conditions on earlier sections' fixed answers", () => {
    expect(checkLogic({ sections: [first, section("second", [QUESTIONS.date], when("yesno", "equals", "yes")), section("third", [{ ...QUESTIONS.email, showIf: when("multi", "not_one_of", "a", "other") }, { ...QUESTIONS.consent, showIf: when("scale", "one_of", "4", "5") }])] })).toEqual([]);
  });

  it("refuses duplicate question and section ids, with the path to the second", () => {
    const problems = checkLogic({ sections: [first, section("first", [QUESTIONS.yesno])] });
    expect(problems.map(({ message, path }) => ({ message: en(message), path }))).toEqual([
      { message: "Two sections share the id “first”.", path: ["sections", 1, "id"] },
      { message: "Two questions share the id “yesno”.", path: ["sections", 1, "questions", 0, "id"] },
    ]);
  });

  it("refuses conditions on the same section or a later one (so no cycles)", () => {
    const sameSection = section("s", [QUESTIONS.yesno, { ...QUESTIONS.short, showIf: when("yesno", "equals", "yes") }]);
    expect(messages(sameSection)).toEqual(["Question “Short” can only depend on questions in earlier sections: “yesno” is in the same section or a later one."]);
    const forward = [section("a", [QUESTIONS.short], when("yesno", "equals", "yes")), section("b", [QUESTIONS.yesno])];
    expect(messages(...forward)).toEqual(["Section “Section a” can only depend on questions in earlier sections: “yesno” is in the same section or a later one."]);
    const cycle = [section("a", [QUESTIONS.yesno], when("consent", "equals", "yes")), section("b", [QUESTIONS.consent], when("yesno", "equals", "yes"))];
    expect(messages(...cycle)).toHaveLength(1);
  });

  it("refuses conditions on questions that do not exist or have free answers", () => {
    expect(messages(first, section("b", [QUESTIONS.date], when("ghost", "equals", "yes")))).toEqual(["Section “Section b” depends on a question that does not exist (“ghost”)."]);
    expect(messages(first, section("b", [QUESTIONS.date], when("short", "equals", "hello")))).toEqual([
      "Section “Section b” depends on “Short”, whose answers are free text or numbers: choose a question with fixed answers.",
    ]);
  });

  it("refuses values the question does not offer, and equals with several values", () => {
    const problems = checkLogic({ sections: [first, section("b", [QUESTIONS.date], when("multi", "equals", "a", "zzz"))] });
    expect(problems.map((problem) => en(problem.message))).toEqual([
      "Section “Section b” names an answer “Multi” does not offer (zzz).",
      "Section “Section b”: “equals” takes exactly one answer; use “is one of” for several.",
    ]);
    expect(problems.every((problem) => problem.path.join(".") === "sections.1.showIf.values")).toBe(true);
    expect(messages(first, section("b", [QUESTIONS.date], when("scale", "one_of", "6")))).toEqual(["Section “Section b” names an answer “Scale” does not offer (6)."]);
  });

  it("refuses a maximum number of choices above the options there are", () => {
    expect(messages(section("s", [{ ...QUESTIONS.multi, maxChoices: 4 }]))).toEqual([]);
    expect(messages(section("s", [{ ...QUESTIONS.multi, maxChoices: 5 }]))).toEqual(["“Multi” allows more choices than it has options."]);
  });
});
