import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { equalitiesProfiles, surveyResponses, users } from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { FIXED_CORPUS } from "@/lib/domain/insight/fixed-corpus";
import { getAnalysis } from "@/lib/server/insight/get-analysis";
import { getThemeCounts } from "@/lib/server/insight/get-theme-counts";
import { queueAnalysis } from "@/lib/server/insight/queue-analysis";
import { runQueuedAnalyses } from "@/lib/server/insight/run-queued-analyses";
import { insertComment } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";
import { createSurvey } from "@/tests/support/survey-fixtures";
import { createNeighbourhoods } from "@/tests/support/survey-response-fixtures";

let officer: CurrentUser;
let places: { id: string; name: string }[];

beforeAll(async () => {
  officer = await createUser(getDb(), { role: "officer" });
  places = await createNeighbourhoods(2);
});

const PERMITS = (index: number) => `The parking permit scheme on our street is unfair to visitors, case ${index}.`;

describe("theme counts by neighbourhood and 'about you'", () => {
  it("counts comments by their author's neighbourhood and age, suppressing small numbers", async () => {
    const topic = await createTopic(getDb());
    const authors: CurrentUser[] = [];
    for (let index = 0; index < 20; index += 1) {
      const author = await createUser(getDb(), { name: `Permit writer ${index}` });
      // 15 live in the first place, 4 in the second, 1 did not say.
      const neighbourhoodId = index < 15 ? places[0]?.id : index < 19 ? places[1]?.id : null;
      await getDb().update(users).set({ neighbourhoodId }).where(eq(users.id, author.id));
      if (index < 12) await getDb().insert(equalitiesProfiles).values({ userId: author.id, ageBand: "35_44", answeredAt: new Date() });
      authors.push(author);
      await insertComment({ topicId: topic.id, authorId: author.id, body: PERMITS(index) });
    }
    for (const item of FIXED_CORPUS.filter((entry) => entry.locale === "en")) await insertComment({ topicId: topic.id, authorId: officer.id, body: item.text });
    await queueAnalysis(officer, { kind: "topic", topicId: topic.id });
    await runQueuedAnalyses({ db: getDb() });
    const permits = (await getAnalysis({ kind: "topic", topicId: topic.id })).themes.find((theme) => theme.keyPhrases.includes("parking"));
    expect(permits?.count).toBe(20);

    const ref = { kind: "topic" as const, topicId: topic.id };
    const byPlace = await getThemeCounts(ref, "neighbourhood", places.map((place) => place.id));
    const row = byPlace.rows.find((candidate) => candidate.themeId === permits?.id);
    expect(row?.total).toEqual({ kind: "count", count: 20 });
    expect(row?.cells[0]).toEqual({ key: places[0]?.id, shown: { kind: "count", count: 15 } });
    expect(row?.cells[1]).toEqual({ key: places[1]?.id, shown: { kind: "fewer-than-10" } });
    expect(row?.cells[2]).toEqual({ key: null, shown: { kind: "fewer-than-10" } });

    const byAge = await getThemeCounts(ref, "age_band", ["25_34", "35_44"]);
    const ages = byAge.rows.find((candidate) => candidate.themeId === permits?.id);
    expect(ages?.cells.find((cell) => cell.key === "35_44")?.shown).toEqual({ kind: "count", count: 12 });
    // 0 in 25-34 and 8 not known: neither shown as a number.
    expect(ages?.cells.filter((cell) => cell.shown.kind === "count")).toHaveLength(1);
    await expect(getThemeCounts(ref, "sector", [])).rejects.toMatchObject({ code: "validation" });
  });
});

describe("a survey question's answers", () => {
  it("are analysed from submitted responses only and counted by the response's sector and size", async () => {
    const survey = await createSurvey(getDb());
    const answer = (text: string, status: "submitted" | "draft", sector: string | null = "C") => ({
      surveyId: survey.id,
      status,
      answers: { likes: "yes", why: text },
      surveyVersion: 1,
      reference: status === "submitted" ? uniqueTag("LT-") : null,
      submittedAt: status === "submitted" ? new Date() : null,
      sector,
      sizeBand: "small" as const,
      submissionKey: randomUUID(),
    });
    const rows = [
      ...Array.from({ length: 12 }, (_, index) => answer(`We cannot recruit apprentices with welding skills, try ${index}.`, "submitted")),
      ...FIXED_CORPUS.filter((item) => item.locale === "en").map((item) => answer(item.text, "submitted", null)),
      answer("Draft about welding skills that was never sent.", "draft"),
      answer("   ", "submitted"),
    ];
    await getDb().insert(surveyResponses).values(rows);
    const ref = { kind: "survey_question" as const, surveyId: survey.id, questionKey: "why" };
    await queueAnalysis(officer, ref);
    await runQueuedAnalyses({ db: getDb() });
    const analysis = await getAnalysis(ref);
    // 12 about welding and the corpus's 41 marked English (one of them in Arabic script): not the draft, not the blank answer.
    expect(analysis.run).toMatchObject({ status: "done", total: 53, notAnalysed: 1 });
    const welding = analysis.themes.find((theme) => theme.keyPhrases.some((phrase) => phrase.includes("welding")));
    // The 12 answers about welding skills, and the corpus's 7 about skills, which have no sector.
    expect(welding?.count).toBe(19);
    const bySector = await getThemeCounts(ref, "sector", ["C", "F"]);
    const row = bySector.rows.find((candidate) => candidate.themeId === welding?.id);
    expect(row?.cells).toEqual([{ key: "C", shown: { kind: "count", count: 12 } }, { key: "F", shown: { kind: "fewer-than-10" } }, { key: null, shown: { kind: "fewer-than-10" } }]);
  });
});
