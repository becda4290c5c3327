import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { surveyResponses, surveyTallyDeltas } from "@/lib/db/schema";
import type { TallySlice } from "@/lib/domain/surveys/results/tally-slice";
import { eraseAccount } from "@/lib/server/profile/erase-account";
import { purgeExpiredData } from "@/lib/server/retention/purge-expired-data";
import { countResponses, type GroupedCountRow } from "@/lib/server/surveys/results/count-answers";
import { getSurveyResults } from "@/lib/server/surveys/results/get-survey-results";
import { submitAnswers } from "@/lib/server/surveys/submit-answers";
import { foldSurveyTallies, foldTalliesIfDue } from "@/lib/server/surveys/tallies/fold-survey-tallies";
import { readTallySlice } from "@/lib/server/surveys/tallies/read-tally-slice";
import type { TResponseFilters } from "@/lib/validations/survey-results";
import { createUser } from "@/tests/support/factories";
import { createSurvey, SKILLS_GAP_SURVEY, type SurveyRow } from "@/tests/support/survey-fixtures";
import { createNeighbourhoods, skillsGapAnswers } from "@/tests/support/survey-response-fixtures";

const db = () => getDb();
const SECTORS = ["C", "F", "Q"] as const;
const SIZES = ["micro", "small", "medium", "large"] as const;

async function employerSurvey(settings: { anonymous?: boolean; audience?: "anyone" | "signed_in" } = {}) {
  const survey = await createSurvey(db(), { definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true, ...settings });
  const places = await createNeighbourhoods(2);
  return { survey, places: places.map((place) => place.id) };
}

/** The i-th submission through the API's use case: its answers and organisation spread over every dimension. */
function submit(survey: SurveyRow, places: string[], index: number, user: Parameters<typeof submitAnswers>[0] = null) {
  const organisation = { organisationName: `Employer ${index}`, sector: SECTORS[index % 3] ?? "C", sizeBand: SIZES[index % 4] ?? "micro", neighbourhoodId: places[index % 2] ?? "" };
  return submitAnswers(user, survey.id, { answers: skillsGapAnswers(index), organisation, submissionKey: randomUUID() });
}

const lines = (rows: GroupedCountRow[]) => rows.filter((row) => row.count !== 0).map((row) => `${row.dim ?? ""} | ${row.questionKey} | ${row.choice} = ${row.count}`).sort();

/** Every slice the tallies keep (none, each dimension grouped, each pair fixed, one fixed and another grouped) against a scan of the rows. */
async function expectTalliesEqualRows(survey: SurveyRow, places: string[]): Promise<void> {
  const cases: [TallySlice, TResponseFilters, "sector" | "size" | "neighbourhood" | undefined][] = [
    [{ fixed: [], grouped: null }, {}, undefined],
    [{ fixed: [], grouped: "sector" }, {}, "sector"],
    [{ fixed: [], grouped: "neighbourhood" }, {}, "neighbourhood"],
    [{ fixed: [["size", "small"]], grouped: null }, { size: "small" }, undefined],
    [{ fixed: [["sector", "F"], ["size", "small"]], grouped: null }, { sector: "F", size: "small" }, undefined],
    [{ fixed: [["neighbourhood", places[0] ?? ""], ["sector", "C"]], grouped: null }, { neighbourhood: places[0], sector: "C" }, undefined],
    [{ fixed: [["sector", "Q"]], grouped: "size" }, { sector: "Q" }, "size"],
    [{ fixed: [["size", "large"]], grouped: "neighbourhood" }, { size: "large" }, "neighbourhood"],
  ];
  for (const [slice, filters, by] of cases) {
    const scanned = (await countResponses(db(), survey.id, survey.definition, filters, by)).filter((row) => !by || row.dim !== null);
    expect(lines(await readTallySlice(db(), survey.id, slice)), JSON.stringify(slice)).toEqual(lines(scanned));
  }
}

/** The submitted rows and the responses tally, read in one snapshot: they must agree at every moment. */
async function snapshot(surveyId: string): Promise<{ rows: number; tallied: number }> {
  return db().transaction(
    async (tx) => {
      const [row] = await tx.select({ rows: count() }).from(surveyResponses).where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.status, "submitted")));
      const tallied = (await readTallySlice(tx, surveyId, { fixed: [], grouped: null })).find((item) => item.questionKey === "*" && item.choice === "*")?.count ?? 0;
      return { rows: row?.rows ?? 0, tallied };
    },
    { isolationLevel: "repeatable read" },
  );
}

const pendingOf = async (surveyId: string) => (await db().select({ pending: count() }).from(surveyTallyDeltas).where(eq(surveyTallyDeltas.surveyId, surveyId)))[0]?.pending ?? 0;

describe("survey tallies: deltas appended by submissions, folded into the tallies", () => {
  it("count 50 submissions sent at once exactly once each, before and after the fold", async () => {
    const { survey, places } = await employerSurvey();
    const references = await Promise.all(Array.from({ length: 50 }, (_, index) => submit(survey, places, index)));
    expect(new Set(references.map((result) => result.reference)).size).toBe(50);
    expect(await pendingOf(survey.id)).toBe(50);
    expect((await getSurveyResults(survey.id)).responses).toBe(50);
    await expectTalliesEqualRows(survey, places);
    const folded = await foldSurveyTallies();
    expect(folded.folded).toBeGreaterThanOrEqual(50);
    expect(await pendingOf(survey.id)).toBe(0);
    expect((await getSurveyResults(survey.id)).responses).toBe(50);
    await expectTalliesEqualRows(survey, places);
  });

  it("lose nothing and count nothing twice while folds race submissions and readers", async () => {
    const { survey, places } = await employerSurvey();
    let running = true;
    const seen: { rows: number; tallied: number }[] = [];
    const reader = (async () => {
      while (running) seen.push(await snapshot(survey.id));
    })();
    const work: Promise<unknown>[] = [];
    for (let round = 0; round < 5; round += 1) {
      work.push(...Array.from({ length: 8 }, (_, step) => submit(survey, places, round * 8 + step)));
      // Small batches: many fold transactions, each interleaved with the submissions and the reads.
      work.push(foldSurveyTallies({ batch: 3 }), foldSurveyTallies({ batch: 5 }));
    }
    await Promise.all(work);
    running = false;
    await reader;
    expect(seen.length).toBeGreaterThan(0);
    for (const moment of seen) expect(moment.tallied).toBe(moment.rows);
    await expectTalliesEqualRows(survey, places);
    await foldSurveyTallies();
    expect(await pendingOf(survey.id)).toBe(0);
    expect(await snapshot(survey.id)).toEqual({ rows: 40, tallied: 40 });
    await expectTalliesEqualRows(survey, places);
  });

  it("let one folder fold at a time: a second finds it busy or nothing left, and nothing is folded twice", async () => {
    const { survey, places } = await employerSurvey();
    for (let index = 0; index < 12; index += 1) await submit(survey, places, index);
    const reports = await Promise.all([foldSurveyTallies({ batch: 4 }), foldSurveyTallies({ batch: 4 }), foldSurveyTallies({ batch: 4 })]);
    await foldSurveyTallies();
    expect(reports.some((report) => report.folded > 0)).toBe(true);
    expect(await pendingOf(survey.id)).toBe(0);
    expect(await snapshot(survey.id)).toEqual({ rows: 12, tallied: 12 });
    await expectTalliesEqualRows(survey, places);
  });

  it("give the same results, filtered on none, one or two dimensions, whatever has been folded", async () => {
    const { survey, places } = await employerSurvey();
    for (let index = 0; index < 24; index += 1) await submit(survey, places, index);
    await foldSurveyTallies({ batch: 10, maxBatches: 1 });
    const filters: TResponseFilters[] = [{}, { sector: "C" }, { sector: "C", size: "micro" }, { size: "small", neighbourhood: places[1] }];
    const halfway = await Promise.all(filters.map((filter) => getSurveyResults(survey.id, filter)));
    await foldSurveyTallies();
    const folded = await Promise.all(filters.map((filter) => getSurveyResults(survey.id, filter)));
    expect(folded.map((results) => results.questions)).toEqual(halfway.map((results) => results.questions));
    expect(folded.map((results) => results.source)).toEqual(["tallies", "tallies", "tallies", "tallies"]);
    expect(folded[2]?.responses).toBe(Array.from({ length: 24 }, (_, index) => index).filter((index) => index % 3 === 0 && index % 4 === 0).length);
  });

  it("are folded after submissions at most every SURVEY_TALLY_FOLD_SECONDS in a process", async () => {
    const { survey, places } = await employerSurvey();
    await submit(survey, places, 0);
    const later = Date.now() + 1_000_000;
    expect(await foldTalliesIfDue(later)).toMatchObject({ busy: false });
    expect(await pendingOf(survey.id)).toBe(0);
    await submit(survey, places, 1);
    expect(await foldTalliesIfDue(later + 1000)).toBeNull();
    expect(await pendingOf(survey.id)).toBe(1);
    expect(await foldTalliesIfDue(later + 2000)).toMatchObject({ busy: false });
    expect(await pendingOf(survey.id)).toBe(0);
  });

  it("stay equal to the rows when an account is erased and when the retention job deletes old drafts", async () => {
    const { survey, places } = await employerSurvey({ anonymous: false, audience: "signed_in" });
    const person = await createUser(db());
    await submit(survey, places, 0, person);
    for (let index = 1; index < 6; index += 1) await submit(survey, places, index, await createUser(db()));
    await db().insert(surveyResponses).values([
      { surveyId: survey.id, status: "draft", surveyVersion: 1, respondentId: person.id, furthestSection: 1, sector: "C" },
      { surveyId: survey.id, status: "draft", surveyVersion: 1, furthestSection: 2, updatedAt: new Date(Date.now() - 400 * 86_400_000) },
    ]);
    await foldSurveyTallies({ batch: 2, maxBatches: 1 });
    const before = await getSurveyResults(survey.id);
    expect(before.dropOff).toMatchObject({ started: 8, submitted: 6 });

    await eraseAccount(person);
    const theirs = await db().select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.respondentId, person.id));
    expect(theirs).toEqual([]);
    await purgeExpiredData();
    const after = await getSurveyResults(survey.id);
    // The submitted responses are kept (unlinked from the person): their counts stay; the two drafts are gone.
    expect(after.questions).toEqual(before.questions);
    expect(after.dropOff).toMatchObject({ started: 6, submitted: 6 });
    expect(await snapshot(survey.id)).toEqual({ rows: 6, tallied: 6 });
    await expectTalliesEqualRows(survey, places);
  });
});
