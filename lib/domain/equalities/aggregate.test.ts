import { describe, expect, it } from "vitest";
import { aggregateAnswers, NOT_STATED, type AnswerCount } from "./aggregate";

const cellsOf = (aggregate: ReturnType<typeof aggregateAnswers>, question: string) => Object.fromEntries(aggregate.questions.find((entry) => entry.question === question)?.cells.map((cell) => [cell.answer, cell.shown]) ?? []);

describe("aggregateAnswers", () => {
  it("counts each question's census categories, and everyone else as 'not stated'", () => {
    const counts: AnswerCount[] = [
      { question: "sex", answer: "female", count: 30 },
      { question: "sex", answer: "male", count: 25 },
      { question: "sex", answer: "prefer_not_to_say", count: 6 },
      { question: "sex", answer: null, count: 39 },
      { question: "religion", answer: null, count: 100 },
    ];
    const aggregate = aggregateAnswers(100, counts);
    expect(aggregate.participants).toEqual({ kind: "count", count: 100 });
    expect(aggregate.questions.map((entry) => entry.question)).toHaveLength(9);
    expect(cellsOf(aggregate, "sex")).toEqual({ female: { kind: "count", count: 30 }, male: { kind: "count", count: 25 }, [NOT_STATED]: { kind: "count", count: 45 } });
    // Nobody gave a religion: every category is "fewer than 10", and so that 0s cannot be read off, "not stated" is hidden.
    const religion = cellsOf(aggregate, "religion");
    expect(religion[NOT_STATED]).toEqual({ kind: "hidden" });
    expect(Object.values(religion).filter((shown) => shown.kind === "fewer-than-10")).toHaveLength(8);
  });

  it("counts an answer no longer offered as not stated", () => {
    const aggregate = aggregateAnswers(38, [
      { question: "main_language", answer: "english", count: 20 },
      { question: "main_language", answer: "polish", count: 3 },
      { question: "main_language", answer: "latin", count: 15 },
    ]);
    expect(cellsOf(aggregate, "main_language")).toMatchObject({ english: { kind: "count", count: 20 }, polish: { kind: "fewer-than-10" }, [NOT_STATED]: { kind: "count", count: 15 } });
  });

  it("with fewer than 10 participants, shows nothing but 'fewer than 10'", () => {
    const aggregate = aggregateAnswers(9, [{ question: "ethnic_group", answer: "white_british", count: 9 }]);
    expect(aggregate.participants).toEqual({ kind: "fewer-than-10" });
    for (const question of aggregate.questions) for (const cell of question.cells) expect(cell.shown).toEqual({ kind: "fewer-than-10" });
  });

  it("says nobody took part when nobody did", () => {
    expect(aggregateAnswers(0, [])).toEqual({ participants: { kind: "none" }, questions: [] });
  });
});
