import { describe, expect, it } from "vitest";
import { CENSUS_CATEGORIES, CENSUS_TABLES } from "./census-categories";
import { answerOptions, EQUALITIES_QUESTIONS, ETHNIC_GROUP_HEADINGS, hasAnyAnswer, isCategory, isQuestion, NO_ANSWERS, PREFER_NOT_TO_SAY, QUESTION_ANSWERS } from "./questions";

describe("the about-you questions", () => {
  it("are the nine census topics, in the form's order", () => {
    expect(EQUALITIES_QUESTIONS).toEqual(["age_band", "sex", "gender_identity", "ethnic_group", "disability", "religion", "sexual_orientation", "unpaid_care", "main_language"]);
  });

  it("offer the census's 19 ethnic groups under its 5 headings", () => {
    expect(Object.keys(ETHNIC_GROUP_HEADINGS)).toEqual(["asian", "black", "mixed", "white", "other"]);
    expect(QUESTION_ANSWERS.ethnic_group).toHaveLength(19);
    expect(new Set(QUESTION_ANSWERS.ethnic_group).size).toBe(19);
  });

  it("offer disability under the Equality Act as limited a lot, a little, or not", () => {
    expect(QUESTION_ANSWERS.disability).toEqual(["limited_a_lot", "limited_a_little", "not_limited"]);
  });

  it("end every question with 'prefer not to say', which is not a census category", () => {
    for (const question of EQUALITIES_QUESTIONS) {
      expect(answerOptions(question).at(-1)).toBe(PREFER_NOT_TO_SAY);
      expect(isCategory(question, PREFER_NOT_TO_SAY)).toBe(false);
      expect(new Set(answerOptions(question)).size).toBe(answerOptions(question).length);
    }
  });

  it("name the census categories each answer stands for, for every answer and no other", () => {
    for (const question of EQUALITIES_QUESTIONS) {
      expect(Object.keys(CENSUS_CATEGORIES[question])).toEqual([...QUESTION_ANSWERS[question]]);
      expect(CENSUS_TABLES[question]).toMatch(/^TS0\d\d /);
    }
  });

  it("tell questions and categories apart from anything else", () => {
    expect(isQuestion("religion")).toBe(true);
    expect(isQuestion("toString")).toBe(false);
    expect(isCategory("religion", "sikh")).toBe(true);
    expect(isCategory("religion", "english")).toBe(false);
  });

  it("count 'prefer not to say' as an answer, and nothing chosen as none", () => {
    expect(hasAnyAnswer(NO_ANSWERS)).toBe(false);
    expect(hasAnyAnswer({ ...NO_ANSWERS, religion: PREFER_NOT_TO_SAY })).toBe(true);
  });
});
