import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, surveyThemes, themes, topicThemes } from "@/lib/db/schema";
import { NOT_STATED, type AggregateCell } from "@/lib/domain/equalities/aggregate";
import type { EqualitiesView } from "@/lib/domain/equalities/views";
import { getEqualitiesAggregate } from "@/lib/server/equalities/get-equalities-aggregate";
import { NotFoundError } from "@/lib/errors";
import { commenters, personWithAnswers, submittedResponse } from "@/tests/support/equalities-fixtures";
import { insertComment } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();

/** One question's cells as { answer: count | "<10" | "hidden" }. */
function cells(view: EqualitiesView, question: string): Record<string, number | string> {
  const found = view.aggregate.questions.find((entry) => entry.question === question);
  return Object.fromEntries((found?.cells ?? []).map((cell: AggregateCell) => [cell.answer, cell.shown.kind === "count" ? cell.shown.count : cell.shown.kind === "fewer-than-10" ? "<10" : cell.shown.kind]));
}

describe("getEqualitiesAggregate", () => {
  it("counts a topic's distinct commenters by their answers, suppressing the small counts", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await createTopic(db());
    const women = await commenters(topic.id, 14, { answers: { sex: "female", ethnic_group: "asian_pakistani" } });
    await commenters(topic.id, 8, { answers: { sex: "male", ethnic_group: "white_british" } });
    await commenters(topic.id, 3, { answers: null });
    // A second comment by the same person counts them once; a held comment counts; a rejected one does not; staff never count.
    await insertComment({ topicId: topic.id, authorId: women[0]?.id ?? null });
    await insertComment({ topicId: topic.id, authorId: (await personWithAnswers({ answers: { sex: "male" } })).id, status: "held" });
    await insertComment({ topicId: topic.id, authorId: (await personWithAnswers({ answers: { sex: "male" } })).id, status: "rejected" });
    await insertComment({ topicId: topic.id, authorId: (await personWithAnswers({ role: "officer", answers: { sex: "female" } })).id });

    const view = await getEqualitiesAggregate(officer, { kind: "topic", id: topic.id });
    expect(view.name).toBe(topic.title);
    expect(view.aggregate.participants).toEqual({ kind: "count", count: 26 });
    // 14 women, 9 men (<10), 3 who did not say (<10): the two small cells leave each other uncertain.
    expect(cells(view, "sex")).toEqual({ female: 14, male: "<10", [NOT_STATED]: "<10" });
    // 14 Pakistani; 8 White British, every other group 0 and 4 who did not say: all "fewer than 10".
    expect(cells(view, "ethnic_group")).toMatchObject({ asian_pakistani: 14, white_british: "<10", asian_indian: "<10", [NOT_STATED]: "<10" });
    // Nobody answered religion: the 0s may not show that, so "not stated" (everyone) is hidden.
    expect(cells(view, "religion")).toMatchObject({ christian: "<10", [NOT_STATED]: "hidden" });
  });

  it("counts a named survey's respondents, and nobody for an anonymous survey's", async () => {
    const officer = await createUser(db(), { role: "admin" });
    const named = await createSurvey(db(), { audience: "signed_in", anonymous: false });
    for (let index = 0; index < 12; index += 1) await submittedResponse(named.id, await personWithAnswers({ answers: { unpaid_care: "none" } }));
    const view = await getEqualitiesAggregate(officer, { kind: "survey", id: named.id });
    expect(view.aggregate.participants).toEqual({ kind: "count", count: 12 });
    expect(view.anonymousSurvey).toBe(false);
    expect(cells(view, "unpaid_care").none).toBe("hidden");

    const anonymous = await createSurvey(db(), { anonymous: true });
    const empty = await getEqualitiesAggregate(officer, { kind: "survey", id: anonymous.id });
    expect(empty).toMatchObject({ anonymousSurvey: true, aggregate: { participants: { kind: "none" }, questions: [] } });
  });

  it("counts a theme's topics' commenters and surveys' respondents once each, and a neighbourhood's residents who took part", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const [theme] = await db().insert(themes).values({ slug: uniqueTag("theme-"), name: "A test theme", kind: "strategic", summary: "For a test" }).returning({ id: themes.id });
    const [place] = await db().insert(neighbourhoods).values({ slug: uniqueTag("place-"), name: "A test neighbourhood" }).returning({ id: neighbourhoods.id });
    if (!theme || !place) throw new Error("Not inserted");
    const topic = await createTopic(db());
    await db().insert(topicThemes).values({ topicId: topic.id, themeId: theme.id });
    const survey = await createSurvey(db(), { anonymous: false });
    await db().insert(surveyThemes).values({ surveyId: survey.id, themeId: theme.id });
    const local = await commenters(topic.id, 10, { neighbourhoodId: place.id, answers: { age_band: "65_74" } });
    // Six of them also answered the survey: still ten people.
    for (const person of local.slice(0, 6)) await submittedResponse(survey.id, person);
    for (let index = 0; index < 5; index += 1) await submittedResponse(survey.id, await personWithAnswers({ answers: { age_band: "16_24" } }));

    const byTheme = await getEqualitiesAggregate(officer, { kind: "theme", id: theme.id });
    expect(byTheme.aggregate.participants).toEqual({ kind: "count", count: 15 });
    expect(cells(byTheme, "age_band")).toMatchObject({ "65_74": 10, "16_24": "<10" });
    const byPlace = await getEqualitiesAggregate(officer, { kind: "neighbourhood", id: place.id });
    expect(byPlace).toMatchObject({ name: "A test neighbourhood", neighbourhoodId: place.id, aggregate: { participants: { kind: "count", count: 10 } } });
  });

  it("refuses a scope that does not exist", async () => {
    const officer = await createUser(db(), { role: "officer" });
    await expect(getEqualitiesAggregate(officer, { kind: "topic", id: "3e6e260e-96d4-4117-a2d9-ef75282ab180" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
