import { describe, expect, it } from "vitest";
import { aggregateAnswers, type AnswerCount } from "./aggregate";
import { compareWithPopulation, type PopulationCounts } from "./compare";

const sex = (female: number, male: number, notStated: number): AnswerCount[] => [
  { question: "sex", answer: "female", count: female },
  { question: "sex", answer: "male", count: male },
  { question: "sex", answer: null, count: notStated },
];
const POPULATION: PopulationCounts = { sex: { female: 5100, male: 4900 } };

describe("compareWithPopulation", () => {
  it("compares the shares of those who answered with the population's", () => {
    // 100 took part; 80 answered the sex question: 20 women (25%), 60 men (75%).
    const { questions, missing } = compareWithPopulation(aggregateAnswers(100, sex(20, 60, 20)), POPULATION);
    const compared = questions.find((entry) => entry.question === "sex");
    expect(compared).toEqual({
      question: "sex",
      status: "compared",
      answered: 80,
      answers: [
        { answer: "female", population: 0.51, participants: { kind: "exact", share: 0.25 }, shortfall: { kind: "exact", points: expect.closeTo(26, 6) } },
        { answer: "male", population: 0.49, participants: { kind: "exact", share: 0.75 }, shortfall: { kind: "exact", points: expect.closeTo(-26, 6) } },
      ],
    });
    expect(missing).toEqual([expect.objectContaining({ question: "sex", answer: "female" })]);
  });

  it("uses only the suppressed counts: 'fewer than 10' gives a share under 10 ÷ answered, and a shortfall of at least", () => {
    // 60 answered: 5 women (shown as fewer than 10), 55 men.
    const { questions, missing } = compareWithPopulation(aggregateAnswers(100, sex(5, 55, 40)), POPULATION);
    const compared = questions.find((entry) => entry.question === "sex");
    if (compared?.status !== "compared") throw new Error("Expected a comparison");
    const women = compared.answers[0];
    expect(women?.participants).toEqual({ kind: "under", share: 10 / 60 });
    expect(women?.shortfall?.kind).toBe("at-least");
    expect(women?.shortfall?.points).toBeCloseTo(51 - 100 / 6, 6);
    // Behind "fewer than 10" an excess cannot be known: a small group with an upper bound above its population share has no gap.
    const { questions: small } = compareWithPopulation(aggregateAnswers(100, sex(5, 55, 40)), { sex: { female: 100, male: 9900 } });
    const few = small.find((entry) => entry.question === "sex");
    expect(few?.status === "compared" && few.answers[0]).toMatchObject({ participants: { kind: "under" }, shortfall: null });
    // The exact 5 is nowhere: the shortfall would be 51 − 8.3 = 42.7 points.
    expect(JSON.stringify({ questions, missing })).not.toContain(String(5 / 60).slice(0, 6));
  });

  it("says why a question is not compared: no figures, fewer than 10 answers, or how many answered is not known", () => {
    const result = compareWithPopulation(aggregateAnswers(100, sex(4, 5, 91)), { ...POPULATION, religion: { christian: 0 } });
    const status = Object.fromEntries(result.questions.map((entry) => [entry.question, entry.status]));
    expect(status.sex).toBe("too-few");
    expect(status.religion).toBe("no-population");
    expect(status.age_band).toBe("no-population");
    // Everyone answered but 3: "not stated" is fewer than 10, so how many answered cannot be shown.
    expect(compareWithPopulation(aggregateAnswers(100, sex(50, 47, 3)), POPULATION).questions.find((entry) => entry.question === "sex")?.status).toBe("not-known");
  });

  it("lists the groups most under-represented, largest shortfall first", () => {
    const counts: AnswerCount[] = [
      { question: "ethnic_group", answer: "white_british", count: 70 },
      { question: "ethnic_group", answer: "asian_indian", count: 12 },
      { question: "ethnic_group", answer: "asian_pakistani", count: 3 },
      { question: "ethnic_group", answer: null, count: 15 },
    ];
    const population: PopulationCounts = { ethnic_group: { white_british: 5000, asian_indian: 1000, asian_pakistani: 1500, black_african: 1500, other_arab: 1000 } };
    const { missing } = compareWithPopulation(aggregateAnswers(100, counts), population);
    // 85 answered: Pakistani and Black African are each fewer than 10 (under 11.8%) against 15%; Arab (10%) may not be missing.
    expect(missing.map((group) => group.answer)).toEqual(["asian_pakistani", "black_african"]);
    expect(missing[0]?.shortfall).toEqual({ kind: "at-least", points: expect.closeTo(15 - 1000 / 85, 6) });
  });
});
