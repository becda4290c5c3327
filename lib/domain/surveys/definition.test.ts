import { describe, expect, it } from "vitest";
import { SKILLS_GAP_SURVEY } from "@/lib/seed/demo-surveys";
import { opts, QUESTIONS } from "@/tests/support/survey-definitions";
import { allQuestions, conditionValues, findQuestion, ZQuestion, ZSurveyDefinition } from "./definition";
import { messageOfIssue } from "@/lib/errors";
import { en } from "@/tests/support/messages";

const messages = (input: unknown) => {
  const parsed = ZSurveyDefinition.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => en(messageOfIssue(issue)));
};
const oneQuestion = (question: Record<string, unknown>) => ({ sections: [{ id: "s", title: "S", questions: [question] }] });

describe("ZSurveyDefinition", () => {
  it("accepts the seeded skills-gap survey and fills in defaults", () => {
    const parsed = ZSurveyDefinition.parse(SKILLS_GAP_SURVEY.definition);
    const hardToFill = findQuestion(parsed, "hard_to_fill");
    expect(hardToFill).toMatchObject({ required: false, hint: "For example: HGV drivers, care workers, CNC machinists.", showIf: null, maxLength: 1000 });
    const number = ZQuestion.parse({ id: "n", type: "number", title: "How many?" });
    expect(number).toMatchObject({ min: null, max: null, wholeNumber: true, required: false, hint: "" });
    expect(ZQuestion.parse(QUESTIONS.long)).toMatchObject({ maxLength: 20 });
    expect(ZQuestion.parse({ id: "m", type: "multiple_choice", title: "M", options: opts("a", "b") })).toMatchObject({ allowOther: false, maxChoices: null });
  });

  it("explains bad ids, labels and option lists", () => {
    expect(messages(oneQuestion({ id: "Bad-Id", type: "short_text", title: "T" }))).toEqual(["Ids use lower-case letters, digits and underscores, starting with a letter (at most 40)."]);
    expect(messages(oneQuestion({ id: "q", type: "short_text", title: "   " }))).toEqual(["Enter the question."]);
    expect(messages(oneQuestion({ id: "q", type: "single_choice", title: "T", options: opts("a") }))).toEqual(["Give at least two options."]);
    expect(messages(oneQuestion({ id: "q", type: "single_choice", title: "T", options: opts("a", "a") }))).toEqual(["Each option needs its own id."]);
    expect(messages(oneQuestion({ id: "q", type: "grid", title: "T", points: 5, rows: [] }))).toEqual(["Give at least one row."]);
    expect(messages(oneQuestion({ id: "q", type: "short_text", title: "x".repeat(301) }))).toEqual(["The question must be 300 characters or fewer."]);
  });

  it("refuses settings that make no sense", () => {
    const numberIssue = ZSurveyDefinition.safeParse(oneQuestion({ id: "q", type: "number", title: "T", min: 10, max: 1 }));
    expect(numberIssue.error?.issues.map((issue) => [en(messageOfIssue(issue)), issue.path.at(-1)])).toEqual([["The smallest number must not be more than the largest.", "min"]]);
    expect(messages(oneQuestion({ id: "q", type: "scale", title: "T", points: 7 }))).not.toEqual([]);
    expect(messages(oneQuestion({ id: "q", type: "ranking", title: "T" }))).not.toEqual([]);
    expect(messages(oneQuestion({ id: "q", type: "long_text", title: "T", maxLength: 6000 }))).not.toEqual([]);
  });

  it("needs sections, and questions in each", () => {
    expect(messages({ sections: [] })).toEqual(["Add at least one section."]);
    expect(messages({ sections: [{ id: "s", title: "S", questions: [] }] })).toEqual(["Add at least one question to each section."]);
  });

  it("reports logic problems at the field that has them", () => {
    const parsed = ZSurveyDefinition.safeParse({
      sections: [{ id: "s", title: "S", questions: [QUESTIONS.yesno, { ...QUESTIONS.short, showIf: { questionId: "yesno", operator: "equals", values: ["yes"] } }] }],
    });
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([["sections", 0, "questions", 1, "showIf", "questionId"]]);
  });
});

describe("definition helpers", () => {
  const survey = ZSurveyDefinition.parse({ sections: [{ id: "one", title: "One", questions: [QUESTIONS.single, QUESTIONS.yesno] }, { id: "two", title: "Two", questions: [QUESTIONS.scale] }] });

  it("lists every question in order with its section", () => {
    expect(allQuestions(survey).map(({ question, sectionIndex }) => [question.id, sectionIndex])).toEqual([["single", 0], ["yesno", 0], ["scale", 1]]);
    expect(findQuestion(survey, "scale")?.type).toBe("scale");
    expect(findQuestion(survey, "nope")).toBeUndefined();
  });

  it("names the values a condition may use, for each type", () => {
    const ids = (input: Parameters<typeof ZQuestion.parse>[0]) => conditionValues(ZQuestion.parse(input)).map((option) => option.id);
    expect(ids(QUESTIONS.single)).toEqual(["a", "b", "other"]);
    expect(ids(QUESTIONS.drop)).toEqual(["x", "y"]);
    expect(ids(QUESTIONS.yesno)).toEqual(["yes", "no"]);
    expect(ids(QUESTIONS.consent)).toEqual(["yes"]);
    expect(ids(QUESTIONS.scale)).toEqual(["1", "2", "3", "4", "5"]);
    expect(ids(QUESTIONS.short)).toEqual([]);
    expect(ids(QUESTIONS.num)).toEqual([]);
  });
});
