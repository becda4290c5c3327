import { describe, expect, it } from "vitest";
import { answerOf, changedAnswers, findConflicts, mergePage, pageAnswers, parseBase, questionField, sameAnswer } from "./shared-answers";
import { question, QUESTIONS } from "@/tests/support/survey-definitions";

const IDS = ["vacancies", "roles", "skills"];

describe("answerOf and sameAnswer", () => {
  it("takes a question's value with its other text, and null when unanswered", () => {
    expect(answerOf({ skills: ["a", "other"], "skills.other": "Welding", roles: "x" }, "skills")).toEqual({ skills: ["a", "other"], "skills.other": "Welding" });
    expect(answerOf({ roles: "x" }, "vacancies")).toBeNull();
  });

  it("compares grids whatever order their rows were stored in, and lists in order", () => {
    expect(sameAnswer({ g: { a: 1, b: 2 } }, { g: { b: 2, a: 1 } })).toBe(true);
    expect(sameAnswer({ m: ["a", "b"] }, { m: ["b", "a"] })).toBe(false);
    expect(sameAnswer(null, { v: 0 })).toBe(false);
    expect(sameAnswer(null, null)).toBe(true);
  });
});

describe("changedAnswers", () => {
  it("lists only the questions whose answer changed, with before and after", () => {
    const before = { vacancies: 5, roles: "Drivers", skills: ["a"] };
    const after = { vacancies: 7, roles: "Drivers", "skills.other": "Welding", skills: ["a"] };
    expect(changedAnswers(before, after, IDS)).toEqual([
      { questionId: "vacancies", before: { vacancies: 5 }, after: { vacancies: 7 } },
      { questionId: "skills", before: { skills: ["a"] }, after: { skills: ["a"], "skills.other": "Welding" } },
    ]);
  });

  it("records a cleared answer as null after, and a new one as null before", () => {
    expect(changedAnswers({ roles: "Drivers" }, { vacancies: 2 }, IDS)).toEqual([
      { questionId: "vacancies", before: null, after: { vacancies: 2 } },
      { questionId: "roles", before: { roles: "Drivers" }, after: null },
    ]);
  });

  it("finds nothing when nothing changed", () => {
    expect(changedAnswers({ vacancies: 1 }, { vacancies: 1 }, IDS)).toEqual([]);
  });
});

describe("findConflicts", () => {
  it("is a conflict when a colleague changed the answer since the page opened and this person sent another", () => {
    expect(findConflicts({ vacancies: 5 }, { vacancies: 7 }, { vacancies: 9 }, IDS)).toEqual(["vacancies"]);
  });

  it("is not a conflict when only one of them changed it, or both gave the same answer", () => {
    expect(findConflicts({ vacancies: 5 }, { vacancies: 5 }, { vacancies: 9 }, IDS)).toEqual([]);
    expect(findConflicts({ vacancies: 5 }, { vacancies: 9 }, { vacancies: 5 }, IDS)).toEqual([]);
    expect(findConflicts({ vacancies: 5 }, { vacancies: 9 }, { vacancies: 9 }, IDS)).toEqual([]);
  });

  it("leaves out a question the colleague answered while this person left it empty", () => {
    expect(findConflicts({}, { roles: "Drivers" }, { vacancies: 3 }, IDS)).toEqual([]);
  });

  it("counts an answer a colleague cleared while this person changed it", () => {
    expect(findConflicts({ vacancies: 5 }, {}, { vacancies: 6 }, IDS)).toEqual(["vacancies"]);
    expect(findConflicts({ roles: "Drivers" }, { roles: "Cooks" }, {}, IDS)).toEqual(["roles"]);
  });
});

describe("mergePage", () => {
  it("keeps what this person changed and the saved answer of every question they left alone", () => {
    const base = { vacancies: 5, roles: "Drivers" };
    const saved = { vacancies: 5, roles: "Cooks", skills: ["a"] };
    const sent = { vacancies: 8, roles: "Drivers" };
    expect(mergePage(base, saved, sent, IDS)).toEqual({ vacancies: 8, roles: "Cooks", skills: ["a"] });
  });

  it("clears an answer this person cleared", () => {
    expect(mergePage({ vacancies: 5 }, { vacancies: 5 }, {}, IDS)).toEqual({});
  });
});

describe("pageAnswers and parseBase", () => {
  it("round-trips a page's saved answers through the hidden field", () => {
    const saved = { vacancies: 5, skills: ["other"], "skills.other": "Welding", elsewhere: "x", grid: { a: 1 } };
    const base = pageAnswers(saved, [...IDS, "grid"]);
    expect(base).toEqual({ vacancies: 5, skills: ["other"], "skills.other": "Welding", grid: { a: 1 } });
    expect(parseBase(JSON.stringify(base))).toEqual(base);
  });

  it("reads anything unreadable as opened with nothing", () => {
    expect(parseBase(undefined)).toEqual({});
    expect(parseBase("{not json")).toEqual({});
    expect(parseBase("[1,2]")).toEqual({});
    expect(parseBase(JSON.stringify({ a: { b: "x" }, c: null, d: [1], e: 2 }))).toEqual({ e: 2 });
  });
});

describe("questionField", () => {
  it("points at a date's day and a grid's first row", () => {
    expect(questionField(question(QUESTIONS.date))).toBe("q.date.day");
    expect(questionField(question(QUESTIONS.grid))).toBe("q.grid.r1");
    expect(questionField(question(QUESTIONS.num))).toBe("q.num");
  });
});
