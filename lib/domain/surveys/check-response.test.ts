import { describe, expect, it } from "vitest";
import { definition, QUESTIONS } from "@/tests/support/survey-definitions";
import { checkResponse } from "./check-response";
import { en } from "@/tests/support/messages";

const survey = definition(
  { id: "one", title: "One", questions: [{ ...QUESTIONS.yesno, required: true }, QUESTIONS.short] },
  { id: "two", title: "Two", showIf: { questionId: "yesno", operator: "equals", values: ["yes"] }, questions: [{ ...QUESTIONS.single, required: true }, QUESTIONS.scale] },
);

describe("checkResponse", () => {
  it("demands the visible required answers only", () => {
    expect(checkResponse(survey, { yesno: "no" }).problems).toEqual([]);
    expect(checkResponse(survey, { yesno: "yes" }).problems.map(({ message, ...problem }) => ({ ...problem, message: en(message) }))).toEqual([{ sectionIndex: 1, questionId: "single", field: "q.single", message: "Select an answer for “Single”." }]);
    expect(checkResponse(survey, {}).problems.map((problem) => problem.questionId)).toEqual(["yesno"]);
  });

  it("checks every visible answer again and drops hidden ones", () => {
    const checked = checkResponse(survey, { yesno: "no", short: 7, single: "zzz", scale: 3 });
    expect(checked.answers).toEqual({ yesno: "no", short: 7 });
    expect(checked.sections.map(({ section }) => section.id)).toEqual(["one"]);
    expect(checked.problems.map(({ message, ...problem }) => ({ ...problem, message: en(message) }))).toEqual([{ sectionIndex: 0, questionId: "short", field: "q.short", message: "The answer for “Short” is not in the expected form." }]);
  });
});
