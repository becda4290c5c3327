import { describe, expect, it } from "vitest";
import { definition, QUESTIONS } from "@/tests/support/survey-definitions";
import type { Answers } from "./answer-types";
import type { Condition } from "./definition";
import { conditionHolds, describeCondition, otherKey, resolveSurvey } from "./logic";

const when = (questionId: string, operator: Condition["operator"], ...values: string[]): Condition => ({ questionId, operator, values });

describe("conditionHolds", () => {
  const answers: Answers = { yesno: "no", multi: ["a", "c"], scale: 4, grid: { r1: 2 } };

  it("equals and one_of match a single answer", () => {
    expect(conditionHolds(when("yesno", "equals", "no"), answers)).toBe(true);
    expect(conditionHolds(when("yesno", "equals", "yes"), answers)).toBe(false);
    expect(conditionHolds(when("yesno", "one_of", "yes", "no"), answers)).toBe(true);
    expect(conditionHolds(when("scale", "one_of", "4", "5"), answers)).toBe(true);
    expect(conditionHolds(when("scale", "equals", "3"), answers)).toBe(false);
  });

  it("for multiple choice, matches when any chosen answer is named", () => {
    expect(conditionHolds(when("multi", "equals", "c"), answers)).toBe(true);
    expect(conditionHolds(when("multi", "one_of", "b", "a"), answers)).toBe(true);
    expect(conditionHolds(when("multi", "equals", "b"), answers)).toBe(false);
    expect(conditionHolds(when("multi", "not_one_of", "b"), answers)).toBe(true);
    expect(conditionHolds(when("multi", "not_one_of", "c"), answers)).toBe(false);
  });

  it("not_one_of holds for an unanswered question; equals and one_of do not", () => {
    for (const missing of [{}, { yesno: "" }, { multi: [] }] as Answers[]) {
      const id = Object.keys(missing)[0] ?? "yesno";
      expect(conditionHolds(when(id, "not_one_of", "yes"), missing)).toBe(true);
      expect(conditionHolds(when(id, "equals", "yes"), missing)).toBe(false);
      expect(conditionHolds(when(id, "one_of", "yes", "no"), missing)).toBe(false);
    }
    expect(conditionHolds(when("grid", "equals", "2"), answers)).toBe(false);
  });
});

describe("resolveSurvey", () => {
  const survey = definition(
    { id: "one", title: "One", questions: [QUESTIONS.yesno, QUESTIONS.single] },
    { id: "two", title: "Two", showIf: when("yesno", "equals", "yes"), questions: [QUESTIONS.multi, { ...QUESTIONS.short, showIf: when("single", "equals", "b") }] },
    { id: "three", title: "Three", showIf: when("multi", "one_of", "a"), questions: [QUESTIONS.scale] },
    { id: "four", title: "Four", questions: [QUESTIONS.email] },
  );

  it("shows the sections and questions the answers switch on", () => {
    const resolved = resolveSurvey(survey, { yesno: "yes", single: "b", multi: ["a"], short: "hi", scale: 2, email: "a@b.co" });
    expect(resolved.sections.map(({ section, index, questions }) => [section.id, index, questions.map((q) => q.id)])).toEqual([
      ["one", 0, ["yesno", "single"]],
      ["two", 1, ["multi", "short"]],
      ["three", 2, ["scale"]],
      ["four", 3, ["email"]],
    ]);
    expect(resolved.answers).toEqual({ yesno: "yes", single: "b", multi: ["a"], short: "hi", scale: 2, email: "a@b.co" });
  });

  it("drops answers to hidden questions, and those cannot switch on later ones", () => {
    const resolved = resolveSurvey(survey, { yesno: "no", single: "a", multi: ["a", "other"], [otherKey("multi")]: "mine", short: "hidden", scale: 5, email: "a@b.co", stray: "x" });
    expect(resolved.sections.map(({ section }) => section.id)).toEqual(["one", "four"]);
    expect(resolved.answers).toEqual({ yesno: "no", single: "a", email: "a@b.co" });
  });

  it("keeps the other text of a visible question", () => {
    expect(resolveSurvey(survey, { yesno: "no", single: "other", [otherKey("single")]: "Something else" }).answers).toEqual({ yesno: "no", single: "other", "single.other": "Something else" });
  });
});

describe("resolveSurvey and other text", () => {
  const survey = definition({ id: "one", title: "One", questions: [QUESTIONS.single, QUESTIONS.multi, QUESTIONS.drop, QUESTIONS.short] });

  it("drops other text sent without choosing other, or for a question that has no other", () => {
    const answers = { single: "a", [otherKey("single")]: "sneaked in", multi: ["a"], [otherKey("multi")]: "also", drop: "x", [otherKey("drop")]: "no other here", [otherKey("short")]: "nor here" };
    expect(resolveSurvey(survey, answers).answers).toEqual({ single: "a", multi: ["a"], drop: "x" });
    expect(resolveSurvey(survey, { multi: ["b", "other"], [otherKey("multi")]: "Mine" }).answers).toEqual({ multi: ["b", "other"], "multi.other": "Mine" });
  });
});

describe("describeCondition", () => {
  it("phrases a condition with the question's title and the answers' labels", () => {
    const survey = definition({ id: "one", title: "One", questions: [QUESTIONS.multi] }, { id: "two", title: "Two", showIf: when("multi", "one_of", "a", "other"), questions: [QUESTIONS.short] });
    expect(describeCondition(survey, when("multi", "one_of", "a", "other"))).toEqual({ question: "Multi", operator: "one_of", values: ["A", "Other"], multiple: true });
  });
});
