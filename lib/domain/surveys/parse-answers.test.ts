import { describe, expect, it } from "vitest";
import { question, QUESTIONS } from "@/tests/support/survey-definitions";
import { ZSurveyDefinition } from "./definition";
import { normalisePostcode, parseSectionAnswers, parseWholeResponse, type FormInput } from "./parse-answers";
import { enFields } from "@/tests/support/messages";

const all = Object.values(QUESTIONS).map((input) => question(input));
/** parseSectionAnswers with its problems in English. */
const parse = (input: FormInput, questions = all) => {
  const parsed = parseSectionAnswers(questions, input);
  return { ...parsed, errors: enFields(parsed.errors) };
};
const only = (key: keyof typeof QUESTIONS, overrides: Record<string, unknown> = {}) => [question({ ...QUESTIONS[key], ...overrides } as (typeof QUESTIONS)[typeof key])];

describe("normalisePostcode", () => {
  it("upper-cases and puts one space before the inward code", () => {
    expect(normalisePostcode("cv15rr")).toBe("CV1 5RR");
    expect(normalisePostcode(" CV1   5RR ")).toBe("CV1 5RR");
    expect(normalisePostcode("sw1a1aa")).toBe("SW1A 1AA");
    expect(normalisePostcode("CV1")).toBe("CV1");
  });
});

describe("parseSectionAnswers", () => {
  it("turns a complete form into canonical answers", () => {
    const { answers, errors } = parse({
      "q.short": "  Hello  ",
      "q.long": "Line one\r\nLine two",
      "q.single": "other",
      "q.single.other": " Something else ",
      "q.multi": ["a", "other"],
      "q.multi.other": "Mine",
      "q.drop": "y",
      "q.num": "1,0",
      "q.decimal": " 12.5 ",
      "q.scale": "4",
      "q.grid.r1": "1",
      "q.grid.r2": "5",
      "q.date.day": "7",
      "q.date.month": "3",
      "q.date.year": "2026",
      "q.email": "name@example.com",
      "q.postcode": "cv1 5rr",
      "q.yesno": "no",
      "q.consent": "yes",
      "q.unknown": "ignored",
    });
    expect(errors).toEqual({});
    expect(answers).toEqual({
      short: "Hello",
      long: "Line one\nLine two",
      single: "other",
      "single.other": "Something else",
      multi: ["a", "other"],
      "multi.other": "Mine",
      drop: "y",
      num: 10,
      decimal: 12.5,
      scale: 4,
      grid: { r1: 1, r2: 5 },
      date: "2026-03-07",
      email: "name@example.com",
      postcode: "CV1 5RR",
      yesno: "no",
      consent: "yes",
    });
  });

  it("leaves out empty optional answers, and other text when other is not chosen", () => {
    const { answers, errors } = parse({ "q.short": "   ", "q.single": "a", "q.single.other": "stale", "q.num": "", "q.grid.r1": "2", "q.grid.r2": "3" });
    expect(errors).toEqual({});
    expect(answers).toEqual({ single: "a", grid: { r1: 2, r2: 3 } });
  });

  it("puts each problem on the field to fix", () => {
    const { errors } = parse({
      "q.short": "x".repeat(201),
      "q.single": "zzz",
      "q.multi": ["a", "b", "c"],
      "q.num": "ten",
      "q.decimal": "1e3",
      "q.scale": "9",
      "q.grid.r1": "2",
      "q.email": "not-an-email",
      "q.postcode": "CV1",
      "q.yesno": "perhaps",
    });
    expect(Object.keys(errors).sort()).toEqual(["q.decimal", "q.email", "q.grid.r2", "q.multi", "q.num", "q.postcode", "q.scale", "q.short", "q.single", "q.yesno"]);
    expect(errors["q.num"]).toEqual(["Enter a number for “Num”."]);
    expect(errors["q.multi"]).toEqual(["Select up to 2 answers for “Multi”."]);
    expect(errors["q.grid.r2"]).toEqual(["Select an answer in every row of “Grid”."]);
  });

  it("asks for the other text when other is chosen without it", () => {
    expect(parse({ "q.multi": ["other"], "q.multi.other": "  " }, only("multi")).errors).toEqual({ "q.multi": ["Enter your other answer for “Multi”."] });
    expect(parse({ "q.single": "other" }, only("single")).errors).toEqual({ "q.single": ["Enter your other answer for “Single”."] });
  });

  it("checks dates part by part and refuses dates that do not exist", () => {
    const date = (day: string, month: string, year: string) => parse({ "q.date.day": day, "q.date.month": month, "q.date.year": year }, only("date"));
    expect(date("31", "2", "2026").errors).toEqual({ "q.date.day": ["“Date” must be a real date."] });
    expect(date("29", "2", "2023").errors).toEqual({ "q.date.day": ["“Date” must be a real date."] });
    expect(date("29", "2", "2024").answers).toEqual({ date: "2024-02-29" });
    expect(date("1", "", "2026").errors).toEqual({ "q.date.month": ["“Date” must include a month."] });
    expect(date("", "4", "2026").errors).toEqual({ "q.date.day": ["“Date” must include a day."] });
    expect(date("1", "4", "26").errors).toEqual({ "q.date.day": ["“Date” must be a real date, with the year in four digits."] });
    expect(date("first", "4", "2026").errors).toEqual({ "q.date.day": ["“Date” must be a real date, with the year in four digits."] });
    expect(date("", "", "").answers).toEqual({});
    expect(parse({}, only("date", { required: true })).errors).toEqual({ "q.date.day": ["Enter a date for “Date”."] });
  });

  it("asks for required answers, pointing grids at their first empty row", () => {
    const { errors } = parse({}, [question({ ...QUESTIONS.short, required: true }), question(QUESTIONS.grid), question({ ...QUESTIONS.consent, required: true })]);
    expect(errors).toEqual({
      "q.short": ["Enter an answer for “Short”."],
      "q.grid.r1": ["Select an answer in every row of “Grid”."],
      "q.consent": ["Tick the box to confirm “Consent”."],
    });
  });

  it("takes the first value when a single-answer field is sent twice", () => {
    expect(parse({ "q.yesno": ["yes", "no"] }, only("yesno")).answers).toEqual({ yesno: "yes" });
  });
});

describe("parseWholeResponse", () => {
  const definition = ZSurveyDefinition.parse({
    sections: [
      { id: "a", title: "A", questions: [{ id: "likes", type: "yes_no", title: "Likes?", required: true }] },
      { id: "b", title: "B", showIf: { questionId: "likes", operator: "equals", values: ["yes"] }, questions: [{ id: "why", type: "short_text", title: "Why?", required: true }] },
    ],
  });

  it("reads and checks only what the answers show, as the pages do", () => {
    expect(parseWholeResponse(definition, { "q.likes": "no", "q.why": "hidden" })).toEqual({ answers: { likes: "no" }, errors: {} });
    expect(Object.keys(parseWholeResponse(definition, { "q.likes": "yes" }).errors)).toEqual(["q.why"]);
    expect(parseWholeResponse(definition, { "q.likes": "yes", "q.why": "Because" })).toEqual({ answers: { likes: "yes", why: "Because" }, errors: {} });
  });
});
