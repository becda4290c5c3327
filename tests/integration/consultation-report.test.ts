/**
 * The consultation report against a real database: composed with counts suppressed and quotes
 * moderated and anonymised, saved, published with its emails (followers and matching partners, each
 * in their language, once), and public only while published.
 */
import { randomUUID } from "node:crypto";
import { eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { consultationReports, emailOutbox, insightCodings, insightSubjects, insightThemes, surveyResponses, users } from "@/lib/db/schema";
import { sectionChoices } from "@/lib/domain/reports/sections";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { changeReportStatus } from "@/lib/server/reports/change-report-status";
import { getPublishedReport } from "@/lib/server/reports/get-published-report";
import { getPublishedReportFile } from "@/lib/server/reports/get-published-report-file";
import { getReport } from "@/lib/server/reports/get-report";
import { saveReport } from "@/lib/server/reports/save-report";
import { insertComment } from "@/tests/support/comment-fixtures";
import { createTopic, createUser } from "@/tests/support/factories";
import { createContact, createOrganisation, createTheme, createThemedTopic } from "@/tests/support/summary-fixtures";
import { skillsGapSurveyWithResponses } from "@/tests/support/survey-response-fixtures";
import { follow } from "@/tests/support/topic-fixtures";

const db = () => getDb();

let officer: CurrentUser;
beforeAll(async () => {
  officer = await createUser(db(), { role: "officer" });
});

/** `count` published comments by `authors` different people; returns their ids. */
async function comments(topicId: string, count: number, authors: number, body = (index: number) => `Comment ${index} ${randomUUID()}`): Promise<string[]> {
  const people = await Promise.all(Array.from({ length: authors }, () => createUser(db(), { name: "Amira Secretname" })));
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) ids.push(await insertComment({ topicId, authorId: people[index % authors]?.id ?? null, body: body(index) }));
  return ids;
}

async function theme(subjectId: string, label: string, extra: Partial<typeof insightThemes.$inferInsert> = {}): Promise<string> {
  const [row] = await db().insert(insightThemes).values({ subjectId, label, keyPhrases: [label.toLowerCase()], ...extra }).returning({ id: insightThemes.id });
  if (!row) throw new Error("The theme was not created");
  return row.id;
}

async function code(themeId: string, itemIds: string[], options: { kind?: "comment" | "answer"; removed?: boolean; score?: (index: number) => number } = {}): Promise<void> {
  if (itemIds.length === 0) return;
  await db()
    .insert(insightCodings)
    .values(itemIds.map((itemId, index) => ({ themeId, itemKind: options.kind ?? "comment", itemId, source: "analysis" as const, score: options.score?.(index) ?? 0.5, removed: options.removed ?? false })));
}

const draft = (overrides: Partial<{ title: string; decision: string }> = {}) => ({ title: "What you told us", decision: "We will build the cycle lane.", sections: sectionChoices([]), ...overrides });

describe("composing a topic's report", () => {
  it("counts published comments and their authors, suppressing small counts", async () => {
    const topic = await createTopic(db(), { title: "Cycle lanes" });
    await comments(topic.id, 14, 3);
    await insertComment({ topicId: topic.id, authorId: null, status: "held" });
    const { content, status, id } = await getReport(officer, { kind: "topic", id: topic.id });
    expect({ status, id }).toEqual({ status: "draft", id: null });
    expect(content.title).toBe("Cycle lanes");
    expect(content.facts.participation.counts).toEqual([
      { key: "comments", shown: { kind: "count", count: 14 } },
      { key: "commenters", shown: { kind: "fewer-than-10" } },
    ]);
    expect(content.sections.every((section) => section.included)).toBe(true);
  });

  it("reads visible themes only, counts codings of published comments not removed, and quotes the best, anonymised", async () => {
    const topic = await createTopic(db(), { title: "Parks" });
    const published = await comments(topic.id, 12, 12, (index) => (index === 11 ? "Best one: email me at jo@example.com or ring 07700 900123" : `Ordinary comment ${index}`));
    const held = await insertComment({ topicId: topic.id, authorId: null, status: "held", body: "Held: should never be quoted" });
    const hidden = await insertComment({ topicId: topic.id, authorId: null, status: "hidden", body: "Hidden: should never be quoted" });
    const [subject] = await db().insert(insightSubjects).values({ kind: "topic", topicId: topic.id }).returning({ id: insightSubjects.id });
    if (!subject) throw new Error("no subject");
    const trees = await theme(subject.id, "Trees");
    await code(trees, published, { score: (index) => index / 10 });
    await code(trees, [held, hidden], { score: () => 99 });
    const removedOnes = await theme(subject.id, "Benches");
    await code(removedOnes, published.slice(0, 5));
    await code(removedOnes, published.slice(5), { removed: true });
    const survivor = await theme(subject.id, "Paths");
    await theme(subject.id, "Merged away", { mergedInto: survivor });
    await theme(subject.id, "Deleted", { deletedAt: new Date() });

    const { content } = await getReport(officer, { kind: "topic", id: topic.id });
    expect(content.facts.themes.map((item) => [item.label, item.shown])).toEqual([
      ["Trees", { kind: "count", count: 12 }],
      ["Benches", { kind: "fewer-than-10" }],
    ]);
    const [trees12] = content.facts.themes;
    expect(trees12?.quotes).toEqual(["Best one: email me at [email] or ring [phone number]", "Ordinary comment 10", "Ordinary comment 9"]);
    expect(content.facts.themes[1]?.quotes).toEqual([]);
    expect(JSON.stringify(content)).not.toMatch(/Held:|Hidden:|Amira|jo@example\.com/);
    expect(content.facts.method.analysed).toBe(true);
  });

  it("publishes nothing of a draft topic, which has no public page", async () => {
    const topic = await createTopic(db(), { status: "draft" });
    const subject = { kind: "topic" as const, id: topic.id };
    await saveReport(officer, subject, draft());
    await expect(changeReportStatus(officer, subject, "publish")).rejects.toMatchObject({ message: "problems.report.subjectNotPublic" });
    expect(await getPublishedReport(subject)).toBeNull();
  });

  it("refuses anyone but officers and admins, and is not found for no topic", async () => {
    const resident = await createUser(db(), { role: "resident" });
    await expect(getReport(resident, { kind: "topic", id: randomUUID() })).rejects.toThrow(ForbiddenError);
    await expect(getReport(officer, { kind: "topic", id: randomUUID() })).rejects.toThrow(NotFoundError);
  });
});

describe("composing a survey's report", () => {
  it("reads the results from the tallies (small numbers suppressed), the responses by channel, and coded answers", async () => {
    const { survey } = await skillsGapSurveyWithResponses(24);
    // Three of them came in on paper: fewer than 10, so they and the web count that would give them away are words.
    const responses = await db().select({ id: surveyResponses.id, answers: surveyResponses.answers }).from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id));
    for (const response of responses.slice(0, 3)) await db().update(surveyResponses).set({ channel: "paper" }).where(eq(surveyResponses.id, response.id));
    const [subject] = await db().insert(insightSubjects).values({ kind: "survey_question", surveyId: survey.id, questionKey: "hard_to_fill" }).returning({ id: insightSubjects.id });
    if (!subject) throw new Error("no subject");
    const machinists = await theme(subject.id, "Machinists");
    await code(machinists, responses.filter((response) => typeof response.answers.hard_to_fill === "string").map((response) => response.id), { kind: "answer" });

    const { content } = await getReport(officer, { kind: "survey", id: survey.id });
    const { participation, results, themes } = content.facts;
    expect(participation.counts).toEqual([{ key: "responses", shown: { kind: "count", count: 24 } }]);
    expect(participation.channels).toEqual([
      { channel: "web", shown: { kind: "hidden" } },
      { channel: "paper", shown: { kind: "fewer-than-10" } },
    ]);
    expect(results).toHaveLength(1);
    const skillsGaps = results[0]?.questions.find((question) => question.id === "skills_gaps");
    expect(skillsGaps?.answered).toBe(24);
    for (const question of results[0]?.questions ?? []) for (const cell of question.cells) if (cell.count !== null) expect(cell.count).toBeGreaterThanOrEqual(5);
    expect(themes).toEqual([{ label: "Machinists", question: "Which roles are hardest to fill?", keyPhrases: ["machinists"], shown: { kind: "fewer-than-10" }, quotes: [] }]);

    // Twelve more written answers, then every response coded (as an officer may): as on the analysis
    // page, only the written answers count in the theme and are quoted, best first.
    for (const [index, response] of responses.slice(0, 12).entries()) {
      await db().update(surveyResponses).set({ answers: { ...response.answers, hard_to_fill: `Roles number ${index}, such as CNC machinists` } }).where(eq(surveyResponses.id, response.id));
    }
    const now = await db().select({ answers: surveyResponses.answers }).from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id));
    const written = now.filter((response) => typeof response.answers.hard_to_fill === "string" && response.answers.hard_to_fill.trim() !== "").length;
    expect(written).toBeGreaterThanOrEqual(12);
    expect(written).toBeLessThan(24);
    const everyone = await theme(subject.id, "Everyone");
    await code(everyone, responses.map((response) => response.id), { kind: "answer", score: (index) => index / 100 });
    const coded = (await getReport(officer, { kind: "survey", id: survey.id })).content.facts.themes.find((item) => item.label === "Everyone");
    expect(coded?.shown).toEqual({ kind: "count", count: written });
    expect(coded?.quotes).toHaveLength(3);
    for (const quote of coded?.quotes ?? []) expect(quote).toMatch(/^Roles number \d+, such as CNC machinists$/);
  });
});

describe("saving and publishing", () => {
  async function reportMail(reportId: string) {
    return db().select({ to: emailOutbox.toAddress, subject: emailOutbox.subject, text: emailOutbox.textBody, headers: emailOutbox.headers, category: emailOutbox.category }).from(emailOutbox).where(like(emailOutbox.idempotencyKey, `report:${reportId}:%`));
  }

  it("emails followers and matching partners in their language, once, and is public only while published", async () => {
    const [cycling, housing] = [await createTheme("Cycling"), await createTheme("Housing")];
    const topic = await createThemedTopic({ title: "Cycle lane on Foleshill Road", themeIds: [cycling.id] });
    await comments(topic.id, 11, 11);
    const subject = { kind: "topic" as const, id: topic.id };
    const polish = await createUser(db(), { role: "resident" });
    await db().update(users).set({ locale: "pl" }).where(eq(users.id, polish.id));
    const english = await createUser(db(), { role: "resident" });
    await follow(topic.id, polish);
    await follow(topic.id, english);
    const organisation = await createOrganisation();
    const urdu = await createContact({ organisationId: organisation.id, themeIds: [cycling.id], language: "ur" });
    const everything = await createContact({ organisationId: organisation.id, allThemes: true, language: "ar" });
    const otherTheme = await createContact({ organisationId: organisation.id, themeIds: [housing.id] });
    const unsubscribed = await createContact({ organisationId: organisation.id, themeIds: [cycling.id], status: "unsubscribed" });

    await expect(changeReportStatus(officer, subject, "publish")).rejects.toThrow(ConflictError);
    const { id } = await saveReport(officer, subject, draft({ decision: "" }));
    await expect(changeReportStatus(officer, subject, "publish")).rejects.toMatchObject({ message: "problems.report.decisionRequired" });
    expect(await getPublishedReport(subject)).toBeNull();
    await expect(getPublishedReportFile(id, "pdf")).rejects.toThrow(NotFoundError);

    await saveReport(officer, subject, draft({ decision: "We will build the cycle lane by May." }));
    const queued = await changeReportStatus(officer, subject, "publish");
    const mail = await reportMail(id);
    const to = (address: string) => mail.filter((message) => message.to === address);
    expect(to(polish.email).map((message) => message.subject)).toEqual(["Mówiliście, zrobiliśmy: Cycle lane on Foleshill Road"]);
    expect(to(english.email).map((message) => message.subject)).toEqual(["You said, we did: Cycle lane on Foleshill Road"]);
    expect(to(urdu.email).map((message) => message.subject)).toEqual(["آپ نے کہا، ہم نے کیا: Cycle lane on Foleshill Road"]);
    expect(to(everything.email).map((message) => message.subject)).toEqual(["قلتم، وفعلنا: Cycle lane on Foleshill Road"]);
    expect(to(urdu.email)[0]?.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(to(urdu.email)[0]?.text).toContain("/partners/preferences/");
    expect(to(otherTheme.email)).toEqual([]);
    expect(to(unsubscribed.email)).toEqual([]);
    expect(queued).toBe(mail.length);
    expect(to(english.email)[0]?.text).toContain("We will build the cycle lane by May.");

    const published = await getPublishedReport(subject);
    expect(published?.content).toMatchObject({ title: "What you told us", decision: "We will build the cycle lane by May." });
    expect(published?.content.facts.participation.counts[0]).toEqual({ key: "comments", shown: { kind: "count", count: 11 } });
    const pdf = await getPublishedReportFile(id, "pdf");
    expect(pdf.filename).toMatch(/^topic-.*-consultation-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await getPublishedReportFile(id, "docx")).bytes.subarray(0, 2).toString()).toBe("PK");

    // Frozen: a comment after publishing changes nothing public; a published report cannot be edited.
    await comments(topic.id, 5, 1);
    expect((await getPublishedReport(subject))?.content.facts.participation.counts[0]).toEqual({ key: "comments", shown: { kind: "count", count: 11 } });
    await expect(saveReport(officer, subject, draft())).rejects.toMatchObject({ message: "problems.report.unpublishFirst" });
    await expect(changeReportStatus(officer, subject, "publish")).rejects.toThrow(ConflictError);

    await changeReportStatus(officer, subject, "unpublish");
    expect(await getPublishedReport(subject)).toBeNull();
    await expect(getPublishedReportFile(id, "docx")).rejects.toThrow(NotFoundError);
    const [row] = await db().select({ status: consultationReports.status, content: consultationReports.publishedContent }).from(consultationReports).where(eq(consultationReports.id, id));
    expect(row).toEqual({ status: "draft", content: null });

    // Published again: nobody is emailed twice.
    await saveReport(officer, subject, draft({ decision: "We will build it by June." }));
    expect(await changeReportStatus(officer, subject, "publish")).toBe(0);
    expect(await reportMail(id)).toHaveLength(mail.length);
    expect((await getPublishedReport(subject))?.content.decision).toBe("We will build it by June.");
  });
});
