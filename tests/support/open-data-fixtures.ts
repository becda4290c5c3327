/**
 * The records the open data tests read: published topics (one with reference rows, key dates, an
 * outcome, comments by named people and an analysis whose themes include deleted, merged and
 * removed codings), a draft topic with its own comments and analysis, surveys with published,
 * unpublished and draft results, and published and draft reports. Everything personal or
 * unpublished is collected in `secrets`: the tests look for each of them in every answer.
 */
import { getDb } from "@/lib/db/client";
import { eq, inArray } from "drizzle-orm";
import { consultationReports, insightCodings, insightRuns, insightSubjects, insightThemes, neighbourhoods, surveyResponses, surveys, themes, topicKeyDates, topicNeighbourhoods, topics, topicThemes } from "@/lib/db/schema";
import { insertComment } from "./comment-fixtures";
import { createTopic, createUser, uniqueTag } from "./factories";
import { createSurvey, SMALL_SURVEY } from "./survey-fixtures";
import { skillsGapSurveyWithResponses, submitPlanned } from "./survey-response-fixtures";

const db = () => getDb();

async function theme(subjectId: string, label: string, extra: Partial<typeof insightThemes.$inferInsert> = {}): Promise<string> {
  const [row] = await db().insert(insightThemes).values({ subjectId, label, keyPhrases: [`phrase of ${label}`], ...extra }).returning({ id: insightThemes.id });
  if (!row) throw new Error("No theme");
  return row.id;
}

async function code(themeId: string, itemIds: string[], removed = false): Promise<void> {
  if (itemIds.length === 0) return;
  await db()
    .insert(insightCodings)
    .values(itemIds.map((itemId, index) => ({ themeId, itemKind: "comment" as const, itemId, source: "analysis" as const, score: 1 - index / 100, removed })));
}

/** A topic's analysis: its subject and a finished run. */
async function analysis(topicId: string, finishedAt: Date): Promise<string> {
  const [subject] = await db().insert(insightSubjects).values({ kind: "topic", topicId }).returning({ id: insightSubjects.id });
  if (!subject) throw new Error("No subject");
  await db().insert(insightRuns).values({ subjectId: subject.id, status: "done", processed: 1, total: 1, startedAt: finishedAt, finishedAt });
  return subject.id;
}

export async function seedOpenData() {
  const tag = uniqueTag("od");
  const officer = await createUser(db(), { role: "officer", name: `Officer Secretname ${tag}`, email: `officer-${tag}@example.test` });
  const commenter = await createUser(db(), { name: `Zebedee Secretname ${tag}`, email: `zebedee-${tag}@example.test` });
  const [refTheme] = await db().insert(themes).values({ slug: `${tag}-theme`, name: `Transport ${tag}`, kind: "strategic", summary: "For tests", sortOrder: 3000 }).returning();
  const [place] = await db().insert(neighbourhoods).values({ slug: `${tag}-place`, name: `Foleshill ${tag}` }).returning();
  if (!refTheme || !place) throw new Error("No reference rows");

  // Published topics, slugs in a known order; the first has everything.
  const main = await createTopic(db(), { title: `Bus lanes ${tag}` });
  const closed = await createTopic(db(), { status: "closed", title: `Closed ${tag}` });
  const decided = await createTopic(db(), { status: "outcome", title: `Decided ${tag}` });
  const draft = await createTopic(db(), { status: "draft", title: `Secret draft topic ${tag}` });
  await db()
    .update(topics)
    .set({
      publishedAt: new Date("2026-10-01T09:00:00Z"),
      outcomeJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "We will build the lanes." }] }] },
      outcomeHtml: "<p>We will build the lanes.</p>",
      outcomePublishedAt: new Date("2026-11-01T09:00:00Z"),
      createdBy: officer.id,
    })
    .where(eq(topics.id, decided.id));
  await db().update(topics).set({ createdBy: officer.id, publishedAt: new Date("2026-10-02T09:00:00Z") }).where(eq(topics.id, main.id));
  await db().insert(topicThemes).values({ topicId: main.id, themeId: refTheme.id });
  await db().insert(topicNeighbourhoods).values({ topicId: main.id, neighbourhoodId: place.id });
  await db().insert(topicKeyDates).values([
    { topicId: main.id, kind: "opens", date: "2026-10-02" },
    { topicId: main.id, kind: "closes", date: "2026-12-31", sortOrder: 1 },
  ]);

  // 14 published comments by a named person, two held and one hidden (with text that must never show).
  const body = (index: number) => `Secret comment body ${index} ${tag}`;
  const published = [];
  for (let index = 0; index < 14; index += 1) published.push(await insertComment({ topicId: main.id, authorId: commenter.id, body: body(index) }));
  const held = [await insertComment({ topicId: main.id, authorId: commenter.id, body: `Secret held ${tag}`, status: "held", holdReason: "pre_moderation" })];
  held.push(await insertComment({ topicId: main.id, authorId: commenter.id, body: `Secret held two ${tag}`, status: "held", holdReason: "flagged" }));
  const hidden = await insertComment({ topicId: main.id, authorId: commenter.id, body: `Secret hidden ${tag}`, status: "hidden" });
  const draftComment = await insertComment({ topicId: draft.id, authorId: commenter.id, body: `Secret draft comment ${tag}` });

  // The analysis: Buses holds 11 published comments (and the held and hidden ones, not counted);
  // Parking 3 more, and one whose coding an officer removed; a deleted and a merged theme hold more.
  const subject = await analysis(main.id, new Date("2026-11-20T10:00:00Z"));
  const buses = await theme(subject, `Buses ${tag}`, { createdBy: officer.id });
  const parking = await theme(subject, `Parking ${tag}`);
  await code(buses, [...published.slice(0, 11), ...held, hidden]);
  await code(parking, published.slice(11, 14));
  await code(parking, published.slice(0, 1), true);
  await code(await theme(subject, `Secret deleted theme ${tag}`, { deletedAt: new Date() }), published.slice(0, 12));
  await code(await theme(subject, `Secret merged theme ${tag}`, { mergedInto: buses }), published.slice(0, 5));
  const draftSubject = await analysis(draft.id, new Date());
  await code(await theme(draftSubject, `Secret draft theme ${tag}`), [draftComment]);

  // Surveys: results published (12 employers, with written answers and organisation names), results
  // not published (with written answers), and a draft that somehow has a publication date.
  const { survey: resultsSurvey } = await skillsGapSurveyWithResponses(12);
  await db().update(surveys).set({ resultsPublishedAt: new Date("2026-11-25T12:00:00Z"), title: `Skills ${tag}` }).where(eq(surveys.id, resultsSurvey.id));
  const unpublished = await createSurvey(db(), { title: `Secret unpublished survey ${tag}` });
  await submitPlanned(
    unpublished,
    Array.from({ length: 6 }, (_, index) => ({ answers: { likes: "yes", why: `Secret written answer ${index} ${tag}`, colours: ["red"], score: 3 }, at: new Date(Date.UTC(2026, 10, 1, 9, index)) })),
  );
  const draftSurvey = await createSurvey(db(), { title: `Secret draft survey ${tag}`, status: "draft", resultsPublishedAt: new Date(), definition: SMALL_SURVEY });

  // Reports: published for the main topic and the results survey; a draft one; a published one of the draft topic.
  const sections = (narrative: string) => [
    { key: "asked", included: true, narrative: `What we asked ${tag}` },
    { key: "method", included: false, narrative },
  ];
  await db()
    .insert(consultationReports)
    .values([
      { topicId: main.id, title: `Report on buses ${tag}`, sections: sections(`Secret excluded narrative ${tag}`), decision: "Build them", status: "published", publishedAt: new Date("2026-11-30T10:00:00Z"), publishedBy: officer.id, createdBy: officer.id },
      { surveyId: resultsSurvey.id, title: `Report on skills ${tag}`, sections: sections("Left out"), decision: "Fund training", status: "published", publishedAt: new Date("2026-12-01T10:00:00Z"), publishedBy: officer.id },
      { topicId: closed.id, title: `Secret draft report ${tag}`, sections: sections(`Secret draft narrative ${tag}`), decision: "Secret decision", status: "draft", createdBy: officer.id },
      { topicId: draft.id, title: `Secret report of a draft topic ${tag}`, status: "published", publishedAt: new Date(), publishedBy: officer.id },
    ]);

  const responses = await db().select({ reference: surveyResponses.reference, id: surveyResponses.id }).from(surveyResponses).where(inArray(surveyResponses.surveyId, [resultsSurvey.id, unpublished.id]));
  return {
    tag,
    topics: { main, closed, decided, draft },
    surveys: { results: resultsSurvey, unpublished, draft: draftSurvey },
    refTheme,
    place,
    secrets: [
      `Secretname ${tag}`,
      `zebedee-${tag}@example.test`,
      `officer-${tag}@example.test`,
      officer.id,
      commenter.id,
      ...published,
      `Secret `,
      `phrase of`,
      draft.slug,
      unpublished.slug,
      draftSurvey.slug,
      ...responses.flatMap((response) => [response.id, ...(response.reference ? [response.reference] : [])]),
      "CNC machinists",
      "Other skill",
    ],
  };
}
