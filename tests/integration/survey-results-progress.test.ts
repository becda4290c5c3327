import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getSurveyResults } from "@/lib/server/surveys/results/get-survey-results";
import { listTextAnswers } from "@/lib/server/surveys/results/list-text-answers";
import { randomUUID } from "node:crypto";
import { submitAnswers } from "@/lib/server/surveys/submit-answers";
import { insertDraft, skillsGapAnswers, skillsGapSurveyWithResponses, type PlannedResponse } from "@/tests/support/survey-response-fixtures";
import { createSurvey, SKILLS_GAP_SURVEY, type SurveyRow } from "@/tests/support/survey-fixtures";

let survey: SurveyRow;
let planned: PlannedResponse[];

beforeAll(async () => {
  ({ survey, planned } = await skillsGapSurveyWithResponses(24));
  await insertDraft(survey, 1);
  await insertDraft(survey, 3);
  await insertDraft(survey, 0);
});

describe("drop-off and completion", () => {
  it("counts how many reached each section, drafts by their furthest section, and the completion rate", async () => {
    const { dropOff } = await getSurveyResults(survey.id);
    expect(dropOff).toMatchObject({ started: 27, submitted: 24 });
    expect(dropOff.completionRate).toBeCloseTo((24 / 27) * 100);
    expect(dropOff.sections.map((section) => section.reached)).toEqual([26, 25, 25, 24, 24, 24, 24]);
    expect(dropOff.sections[0]?.title).toBe("Skills and recruitment");
  });
});

describe("a survey nobody has answered", () => {
  it("gives zeros, no percentages and no completion rate rather than failing", async () => {
    const empty = await createSurvey(getDb());
    const results = await getSurveyResults(empty.id, { by: "sector" });
    expect(results.responses).toBe(0);
    expect(results.dropOff).toMatchObject({ started: 0, submitted: 0, completionRate: null });
    const likes = results.questions.find((item) => item.question.id === "likes");
    expect(likes).toMatchObject({ answered: 0, shown: 0 });
    if (likes?.kind !== "choice") throw new Error("likes is a choice");
    expect(likes.options.map((option) => option.percent)).toEqual([null, null]);
    expect(results.crossTab?.tabs[0]?.columns).toEqual([]);
  });
});

describe("listTextAnswers", () => {
  const written = () => planned.filter((item) => typeof item.answers.hard_to_fill === "string");

  it("lists written answers newest first, a page at a time", async () => {
    const first = await listTextAnswers(survey.id, "hard_to_fill", {}, { pageSize: 4 });
    expect(first.total).toBe(written().length);
    expect(first.pageCount).toBe(Math.ceil(written().length / 4));
    expect(first.items.map((item) => item.text)).toEqual(written().reverse().slice(0, 4).map((item) => item.answers.hard_to_fill));
    const second = await listTextAnswers(survey.id, "hard_to_fill", {}, { pageSize: 4, page: 2 });
    expect(second.items.map((item) => item.text)).toEqual(written().reverse().slice(4, 8).map((item) => item.answers.hard_to_fill));
  });

  it("searches case-insensitively, with % and _ matching only themselves", async () => {
    const found = await listTextAnswers(survey.id, "hard_to_fill", {}, { search: "NUMBER 12," });
    expect(found.items.map((item) => item.text)).toEqual(["Roles number 12, such as CNC machinists"]);
    expect((await listTextAnswers(survey.id, "hard_to_fill", {}, { search: "%" })).total).toBe(0);
  });

  it("counts from the tallies what it lists: an answer of only white space (the API takes one) is neither", async () => {
    const blank = await createSurvey(getDb(), { definition: SKILLS_GAP_SURVEY.definition });
    const answers = { ...skillsGapAnswers(4), hard_to_fill: " \u00a0\n\u3000" };
    await submitAnswers(null, blank.id, { answers, submissionKey: randomUUID() });
    await submitAnswers(null, blank.id, { answers: skillsGapAnswers(8), submissionKey: randomUUID() });
    const listed = await listTextAnswers(blank.id, "hard_to_fill", {});
    expect(listed.items.map((item) => item.text)).toEqual(["Roles number 8, such as CNC machinists"]);
    expect(listed.total).toBe(1);
    const results = await getSurveyResults(blank.id);
    expect(results.questions.find((item) => item.question.id === "hard_to_fill")).toMatchObject({ answered: 1 });
  });

  it("lists the “other, please specify” text, and honours the filters", async () => {
    const others = await listTextAnswers(survey.id, "gap_skills.other", {});
    expect(others.items.map((item) => item.text).sort()).toEqual(planned.map((item) => item.answers["gap_skills.other"]).filter(Boolean).sort());
    const inC = await listTextAnswers(survey.id, "hard_to_fill", { sector: "C" });
    expect(inC.total).toBe(written().filter((item) => item.employer?.sector === "C").length);
  });
});
