import { describe, expect, it } from "vitest";
import { question, QUESTIONS } from "@/tests/support/survey-definitions";
import type { AnswerValue, Answers } from "./answer-types";
import { checkAnswer, fieldName, isAnswered } from "./check-answer";
import { en } from "@/tests/support/messages";

const q = Object.fromEntries(Object.entries(QUESTIONS).map(([key, input]) => [key, question(input)])) as { [K in keyof typeof QUESTIONS]: ReturnType<typeof question> };
/** checkAnswer in English (null when the answer is acceptable). */
const checkAnswerText = (...args: Parameters<typeof checkAnswer>) => {
  const problem = checkAnswer(...args);
  return problem && en(problem);
};
const check = (key: keyof typeof QUESTIONS, value: AnswerValue | undefined, answers: Answers = {}) => checkAnswerText(q[key], value, answers);
const wrongType = (title: string) => `The answer for “${title}” is not in the expected form.`;

describe("fieldName and isAnswered", () => {
  it("names form fields", () => {
    expect(fieldName("age")).toBe("q.age");
    expect(fieldName("when", "day")).toBe("q.when.day");
  });

  it("treats empty and blank answers as unanswered", () => {
    for (const value of [undefined, "", "   ", [], {}]) expect(isAnswered(value as AnswerValue | undefined), JSON.stringify(value)).toBe(false);
    for (const value of ["a", 0, ["a"], { r: 1 }]) expect(isAnswered(value), JSON.stringify(value)).toBe(true);
  });
});

describe("checkAnswer", () => {
  it("asks for required answers in words that fit the type", () => {
    const required = (key: keyof typeof QUESTIONS) => checkAnswerText(question({ ...QUESTIONS[key], required: true }), undefined, {});
    expect(required("short")).toBe("Enter an answer for “Short”.");
    expect(required("single")).toBe("Select an answer for “Single”.");
    expect(required("multi")).toBe("Select at least one answer for “Multi”.");
    expect(required("grid")).toBe("Select an answer in every row of “Grid”.");
    expect(required("consent")).toBe("Tick the box to confirm “Consent”.");
    expect(required("date")).toBe("Enter a date for “Date”.");
    expect(checkAnswerText(question({ ...QUESTIONS.short, required: true }), "   ", {})).toBe("Enter an answer for “Short”.");
    expect(check("short", undefined)).toBeNull();
  });

  it("refuses answers of the wrong type", () => {
    expect(check("short", 5)).toBe(wrongType("Short"));
    expect(check("single", ["a"])).toBe(wrongType("Single"));
    expect(check("multi", "a")).toBe(wrongType("Multi"));
    expect(check("num", "5")).toBe(wrongType("Num"));
    expect(check("grid", ["r1"])).toBe(wrongType("Grid"));
    expect(check("grid", { r1: 1, r9: 2 })).toBe(wrongType("Grid"));
    expect(check("consent", "no")).toBe(wrongType("Consent"));
    expect(check("scale", "3")).toBe("Select a point from 1 to 5 for “Scale”.");
    expect(check("yesno", "maybe")).toBe("Select yes or no for “Yes or no”.");
  });

  it("limits text length", () => {
    expect(check("short", "x".repeat(200))).toBeNull();
    expect(check("short", "x".repeat(201))).toBe("Your answer to “Short” must be 200 characters or fewer.");
    expect(check("long", "x".repeat(20))).toBeNull();
    expect(check("long", "x".repeat(21))).toBe("Your answer to “Long” must be 20 characters or fewer.");
  });

  it("checks choices: known options, once each, at most maxChoices, other text when other is chosen", () => {
    expect(check("single", "a")).toBeNull();
    expect(check("single", "zzz")).toBe("Select from the answers listed for “Single”.");
    expect(check("drop", "other")).toBe("Select from the answers listed for “Drop”.");
    expect(check("multi", ["a", "a"])).toBe("Select each answer for “Multi” once.");
    expect(check("multi", ["a", "b", "c"])).toBe("Select up to 2 answers for “Multi”.");
    expect(check("multi", ["a", "other"])).toBe("Enter your other answer for “Multi”.");
    expect(check("multi", ["a", "other"], { "multi.other": "Mine" })).toBeNull();
    expect(check("single", "other", { "single.other": "x".repeat(201) })).toBe("Your other answer for “Single” must be 200 characters or fewer.");
  });

  it("checks numbers against whole-number, minimum and maximum", () => {
    expect(check("num", 0)).toBeNull();
    expect(check("num", 10)).toBeNull();
    expect(check("num", 11)).toBe("Enter a number between 0 and 10 for “Num”.");
    expect(check("num", -1)).toBe("Enter a number between 0 and 10 for “Num”.");
    expect(check("num", 2.5)).toBe("Enter a whole number for “Num”.");
    expect(check("num", Number.NaN)).toBe("Enter a number for “Num”.");
    expect(check("decimal", 2.5)).toBeNull();
    expect(check("decimal", 101)).toBe("Enter a number of 100 or less for “Decimal”.");
    expect(checkAnswerText(question({ id: "n", type: "number", title: "N", min: 3 }), 2, {})).toBe("Enter a number of 3 or more for “N”.");
  });

  it("checks scale points and grid rows", () => {
    expect(check("scale", 5)).toBeNull();
    expect(check("scale", 6)).toBe("Select a point from 1 to 5 for “Scale”.");
    expect(check("scale", 2.5)).toBe("Select a point from 1 to 5 for “Scale”.");
    expect(check("grid", { r1: 1, r2: 5 })).toBeNull();
    expect(check("grid", { r1: 1, r2: 6 })).toBe("Select a point from 1 to 5 in each row of “Grid”.");
    expect(check("grid", { r1: 1 })).toBe("Select an answer in every row of “Grid”.");
    expect(checkAnswerText(question({ ...QUESTIONS.grid, required: false }), { r1: 1 }, {})).toBeNull();
  });

  it("accepts only real dates in ISO form", () => {
    expect(check("date", "2024-02-29")).toBeNull();
    for (const bad of ["2023-02-29", "2026-02-31", "2026-13-01", "2026-04-31", "26-1-1", "1 March 2026"]) expect(check("date", bad), bad).toBe("“Date” must be a real date.");
  });

  it("checks email addresses and normalised UK postcodes", () => {
    expect(check("email", "name@example.com")).toBeNull();
    for (const bad of ["name", "name@", "name@example", "a b@example.com", `${"x".repeat(250)}@e.co`]) expect(check("email", bad), bad).toMatch(/^Enter an email address/);
    for (const good of ["CV1 5RR", "B1 1AA", "SW1A 1AA", "GIR 0AA", "M60 1NW"]) expect(check("postcode", good), good).toBeNull();
    for (const bad of ["cv1 5rr", "CV15RR", "CV1", "12345", "CV1 5R"]) expect(check("postcode", bad), bad).toBe("Enter a full UK postcode, like CV1 5RR, for “Postcode”.");
  });
});
