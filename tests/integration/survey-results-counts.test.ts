import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { countResponses } from "@/lib/server/surveys/results/count-answers";
import { readTallies } from "@/lib/server/surveys/tallies/read-tally-slice";
import { getSurveyResults, type SurveyResults } from "@/lib/server/surveys/results/get-survey-results";
import { countsFrom, type Counts } from "@/lib/domain/surveys/results/counts";
import { skillsGapSurveyWithResponses, type PlannedResponse } from "@/tests/support/survey-response-fixtures";
import type { SurveyRow } from "@/tests/support/survey-fixtures";

let survey: SurveyRow;
let planned: PlannedResponse[];
let places: { id: string; name: string }[];

beforeAll(async () => {
  ({ survey, planned, places } = await skillsGapSurveyWithResponses(30));
});

const sorted = (counts: Counts) => [...counts.entries()].map(([key, choices]) => [key, [...choices.entries()].sort()] as const).sort(([a], [b]) => a.localeCompare(b));
const question = (results: SurveyResults, id: string) => {
  const found = results.questions.find((item) => item.question.id === id);
  if (!found) throw new Error(`No result for ${id}`);
  return found;
};

describe("getSurveyResults", () => {
  it("counts from the tallies equal the counts aggregated from the responses", async () => {
    const fromTallies = countsFrom(await readTallies(getDb(), survey.id));
    const fromResponses = countsFrom(await countResponses(getDb(), survey.id, survey.definition, {}));
    expect(sorted(fromResponses)).toEqual(sorted(fromTallies));
    expect(fromTallies.get("gap_skills")?.get("other")).toBe(planned.filter((item) => Array.isArray(item.answers.gap_skills) && item.answers.gap_skills.includes("other")).length);
  });

  it("gives counts and percentages of those who answered, and how many were shown each question", async () => {
    const results = await getSurveyResults(survey.id);
    expect(results.source).toBe("tallies");
    expect(results.responses).toBe(30);
    const gaps = question(results, "skills_gaps");
    const yes = planned.filter((item) => item.answers.skills_gaps === "yes").length;
    if (gaps.kind !== "choice") throw new Error("skills_gaps is a choice");
    expect(gaps.options.find((option) => option.id === "yes")).toMatchObject({ count: yes, percent: (yes / 30) * 100 });
    expect(gaps).toMatchObject({ answered: 30, shown: 30 });
    // Only those with gaps were asked which skills: shown = those who said yes.
    const skills = question(results, "gap_skills");
    if (skills.kind !== "choice") throw new Error("gap_skills is a choice");
    expect(skills).toMatchObject({ answered: yes, shown: yes, multiple: true });
    expect(skills.other).toBe(planned.filter((item) => Array.isArray(item.answers.gap_skills) && item.answers.gap_skills.includes("other")).length);
    const consent = question(results, "follow_up");
    if (consent.kind !== "choice") throw new Error("follow_up is a choice");
    expect(consent.options).toEqual([{ id: "yes", label: "Agreed", count: 0, percent: 0 }]);
    const barriers = question(results, "barriers");
    expect(barriers.shown).toBe(planned.filter((item) => item.answers.hired_before === "no").length);
  });

  it("gives means and medians of scales and numbers, and a grid's distribution and mean per row", async () => {
    const results = await getSurveyResults(survey.id);
    const vacancies = question(results, "vacancies");
    if (vacancies.kind !== "number") throw new Error("vacancies is a number");
    const values = planned.map((item) => Number(item.answers.vacancies)).sort((a, b) => a - b);
    expect(vacancies.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length);
    expect(vacancies.median).toBe(((values[14] ?? 0) + (values[15] ?? 0)) / 2);
    expect([vacancies.smallest, vacancies.largest]).toEqual([0, 87]);
    const grid = question(results, "support_usefulness");
    if (grid.kind !== "grid") throw new Error("support_usefulness is a grid");
    const briefing = grid.rows.find((row) => row.id === "briefing");
    expect(briefing?.answered).toBe(30);
    expect(briefing?.points.find((point) => point.id === "1")?.count).toBe(6);
    expect(briefing?.mean).toBeCloseTo(3);
    expect(grid.rows.find((row) => row.id === "referrals")?.answered).toBe(0);
  });

  it("filters by sector, size and neighbourhood: two from the tallies by pair, all three from the responses", async () => {
    const results = await getSurveyResults(survey.id, { sector: "C", size: "micro" });
    expect(results.source).toBe("tallies");
    const matching = planned.filter((item) => item.employer?.sector === "C" && item.employer.sizeBand === "micro");
    expect(results.responses).toBe(matching.length);
    const gaps = question(results, "skills_gaps");
    if (gaps.kind !== "choice") throw new Error("skills_gaps is a choice");
    expect(gaps.options.find((option) => option.id === "yes")?.count).toBe(matching.filter((item) => item.answers.skills_gaps === "yes").length);
    const place = places[1]?.id;
    const byPlace = await getSurveyResults(survey.id, { neighbourhood: place });
    expect(byPlace.responses).toBe(planned.filter((item) => item.employer?.neighbourhoodId === place).length);
    const three = await getSurveyResults(survey.id, { sector: "C", size: "micro", neighbourhood: place });
    expect(three.source).toBe("responses");
    expect(three.responses).toBe(matching.filter((item) => item.employer?.neighbourhoodId === place).length);
  });

  it("cross-tabulates each choice question by sector (columns in SIC order), with column percentages", async () => {
    const results = await getSurveyResults(survey.id, { by: "sector" });
    expect(results.source).toBe("tallies");
    const tab = results.crossTab?.tabs.find((item) => item.question.id === "would_consider");
    expect(tab?.columns.map((column) => column.label)).toEqual(["Manufacturing", "Construction", "Human health and social work activities"]);
    const manufacturing = tab?.columns.findIndex((column) => column.value === "C") ?? -1;
    const inC = planned.filter((item) => item.employer?.sector === "C");
    const cell = tab?.rows.find((row) => row.id === "maybe")?.cells[manufacturing];
    const expected = inC.filter((item) => item.answers.would_consider === "maybe").length;
    expect(cell).toEqual({ count: expected, percent: (expected / inC.length) * 100 });
    expect(results.crossTab?.tabs.some((item) => item.question.id === "hard_to_fill")).toBe(false);
  });

  it("gives the same figures with filters whether or not it also compares (one grouped scan then serves both)", async () => {
    const alone = await getSurveyResults(survey.id, { sector: "C" });
    const compared = await getSurveyResults(survey.id, { sector: "C", by: "neighbourhood" });
    expect(compared.questions).toEqual(alone.questions);
    expect(compared.responses).toBe(planned.filter((item) => item.employer?.sector === "C").length);
    expect(compared.crossTab?.tabs[0]?.columns.map((column) => column.label)).toEqual([...places].sort((a, b) => a.name.localeCompare(b.name)).map((place) => place.name));
  });
});
