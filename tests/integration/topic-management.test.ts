import { randomUUID } from "node:crypto";
import { and, asc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import {
  auditLog,
  comments,
  communitiesOfInterest,
  emailOutbox,
  neighbourhoods,
  rateLimits,
  themes,
  topicCommunities,
  topicFollows,
  topicKeyDates,
  topicNeighbourhoods,
  topics,
  topicThemes,
} from "@/lib/db/schema";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { postComment } from "@/lib/server/comments/post-comment";
import { changeTopicStatus, publishOutcome } from "@/lib/server/topics/change-topic-status";
import { getPublicTopic } from "@/lib/server/topics/get-public-topic";
import { getTopicForEdit } from "@/lib/server/topics/get-topic-for-edit";
import { listConsoleTopics } from "@/lib/server/topics/list-console-topics";
import { saveTopic } from "@/lib/server/topics/save-topic";
import { slugify } from "@/lib/text/slugify";
import { ZTopicInput, type TTopicInput } from "@/lib/validations/topic";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";

const db = () => getDb();
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const tag = uniqueTag("tm-");

type TopicStatus = (typeof topics.$inferSelect)["status"];
type Ref = { id: string; slug: string; name: string };

/** Reference rows of this file's own (unique slugs), so nothing depends on what else the database holds. */
const ref = { themes: [] as Ref[], communities: [] as Ref[], neighbourhoods: [] as Ref[] };
const pick = (list: Ref[], index: number): Ref => {
  const item = list[index];
  if (!item) throw new Error(`Reference row ${index} is missing`);
  return item;
};
const theme = (index: number) => pick(ref.themes, index);
const community = (index: number) => pick(ref.communities, index);
const neighbourhood = (index: number) => pick(ref.neighbourhoods, index);

beforeAll(async () => {
  // Theme "a" sorts after theme "b"; neighbourhood "z" is named after "a": the public page orders them.
  ref.themes = await db()
    .insert(themes)
    .values([
      { slug: `${tag}-theme-a`, name: `Theme A ${tag}`, kind: "strategic", summary: "For tests", sortOrder: 2001 },
      { slug: `${tag}-theme-b`, name: `Theme B ${tag}`, kind: "underpinning", summary: "For tests", sortOrder: 2000 },
    ])
    .returning({ id: themes.id, slug: themes.slug, name: themes.name });
  ref.communities = await db()
    .insert(communitiesOfInterest)
    .values([
      { slug: `${tag}-carers`, name: `Carers ${tag}`, sortOrder: 2000 },
      { slug: `${tag}-students`, name: `Students ${tag}`, sortOrder: 2001 },
    ])
    .returning({ id: communitiesOfInterest.id, slug: communitiesOfInterest.slug, name: communitiesOfInterest.name });
  ref.neighbourhoods = await db()
    .insert(neighbourhoods)
    .values([
      { slug: `${tag}-zed`, name: `Zed Park ${tag}` },
      { slug: `${tag}-ash`, name: `Ash Green ${tag}` },
    ])
    .returning({ id: neighbourhoods.id, slug: neighbourhoods.slug, name: neighbourhoods.name });
});

// --- tiptap documents -------------------------------------------------------------------------

type Mark = { type: string; attrs?: Record<string, unknown> };
const text = (value: string, marks?: Mark[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: object[]) => ({ type: "paragraph", content });
const heading = (level: number, value: string) => ({ type: "heading", attrs: { level }, content: [text(value)] });
const doc = (...content: object[]) => ({ type: "doc", content });
const plainBody = (value = "A plain description.") => JSON.stringify(doc(paragraph(text(value))));

// --- inputs and reads -------------------------------------------------------------------------

/** A valid form, parsed through ZTopicInput as the action does; overrides are raw form values. */
function topicInput(overrides: Record<string, unknown> = {}): TTopicInput {
  return ZTopicInput.parse({
    title: `Bus lanes on the ring road ${uniqueTag()}`,
    summary: "Where should the new bus lanes go?",
    bodyJson: plainBody(),
    themeIds: theme(0).id,
    moderationMode: "post",
    ...overrides,
  });
}

async function topicRow(id: string) {
  const [row] = await db().select().from(topics).where(eq(topics.id, id));
  if (!row) throw new Error(`Topic ${id} is missing`);
  return row;
}

/** A topic's row, links and key dates: everything saveTopic writes. */
async function topicState(id: string) {
  const [row, themeRows, communityRows, neighbourhoodRows, keyDates] = await Promise.all([
    topicRow(id),
    db().select({ id: topicThemes.themeId }).from(topicThemes).where(eq(topicThemes.topicId, id)),
    db().select({ id: topicCommunities.communityId }).from(topicCommunities).where(eq(topicCommunities.topicId, id)),
    db().select({ id: topicNeighbourhoods.neighbourhoodId }).from(topicNeighbourhoods).where(eq(topicNeighbourhoods.topicId, id)),
    db()
      .select({ kind: topicKeyDates.kind, label: topicKeyDates.label, date: topicKeyDates.date, sortOrder: topicKeyDates.sortOrder })
      .from(topicKeyDates)
      .where(eq(topicKeyDates.topicId, id))
      .orderBy(asc(topicKeyDates.sortOrder)),
  ]);
  const sorted = (rows: { id: string }[]) => rows.map((item) => item.id).sort();
  return { row, themeIds: sorted(themeRows), communityIds: sorted(communityRows), neighbourhoodIds: sorted(neighbourhoodRows), keyDates };
}

async function topicsTitled(title: string) {
  return db().select({ id: topics.id }).from(topics).where(eq(topics.title, title));
}

async function topicAudit(topicId: string) {
  return db()
    .select({ actorId: auditLog.actorId, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "topic"), eq(auditLog.subjectId, topicId)))
    .orderBy(asc(auditLog.createdAt));
}

async function mailTo(address: string) {
  return db()
    .select({ subject: emailOutbox.subject, textBody: emailOutbox.textBody, htmlBody: emailOutbox.htmlBody, category: emailOutbox.category, status: emailOutbox.status, idempotencyKey: emailOutbox.idempotencyKey })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address));
}

/** Outbox rows of any recipient caused by this topic's outcome. */
async function outcomeMailFor(topicId: string) {
  return db().select({ to: emailOutbox.toAddress }).from(emailOutbox).where(like(emailOutbox.idempotencyKey, `outcome:${topicId}:%`));
}

async function follow(topicId: string, user: CurrentUser): Promise<void> {
  await db().insert(topicFollows).values({ topicId, userId: user.id });
}

/** Awaits a promise that must fail with a ValidationError and returns it, for its field errors. */
async function validationError(promise: Promise<unknown>): Promise<ValidationError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ValidationError);
  if (!(error instanceof ValidationError)) throw new Error("Expected a ValidationError");
  return error;
}

async function insertComment(topicId: string, status: (typeof comments.$inferSelect)["status"]): Promise<void> {
  await db().insert(comments).values({ topicId, authorId: null, body: `Comment ${uniqueTag()}`, status, submissionKey: randomUUID() });
}

// --- tests -------------------------------------------------------------------------------------

describe("ZTopicInput", () => {
  const base = () => ({ title: "Bus lanes", summary: "Where should they go?", bodyJson: plainBody(), themeIds: [randomUUID()], moderationMode: "pre" });
  const fieldErrors = (input: Record<string, unknown>) => {
    const result = ZTopicInput.safeParse(input);
    expect(result.success).toBe(false);
    return result.error?.flatten().fieldErrors;
  };

  it("turns a single theme id into a list and fills the optional fields with empty values", () => {
    const id = randomUUID();
    expect(ZTopicInput.parse({ ...base(), title: "  Bus lanes  ", themeIds: id })).toEqual({
      title: "Bus lanes",
      summary: "Where should they go?",
      bodyJson: plainBody(),
      themeIds: [id],
      communityIds: [],
      neighbourhoodIds: [],
      opensOn: "",
      closesOn: "",
      decisionOn: "",
      customLabel: "",
      customDate: "",
      moderationMode: "pre",
    });
    const community = randomUUID();
    expect(ZTopicInput.parse({ ...base(), communityIds: community, neighbourhoodIds: "" })).toMatchObject({ communityIds: [community], neighbourhoodIds: [] });
  });

  it.each([
    ["missing", undefined],
    ["an empty string", ""],
    ["an empty list", []],
  ])("refuses a topic without a theme (themeIds %s)", (_label, themeIds) => {
    expect(fieldErrors({ ...base(), themeIds })).toEqual({ themeIds: ["Choose at least one theme."] });
  });

  it("refuses theme, community and neighbourhood ids that are not UUIDs", () => {
    expect(fieldErrors({ ...base(), themeIds: ["not-an-id"] })?.themeIds).toContain("Choose themes from the list.");
    expect(fieldErrors({ ...base(), communityIds: "12" })).toEqual({ communityIds: ["Choose communities of interest from the list."] });
    expect(fieldErrors({ ...base(), neighbourhoodIds: ["x"] })).toEqual({ neighbourhoodIds: ["Choose neighbourhoods from the list."] });
  });

  it("refuses a closing date before or on the opening date, on closesOn", () => {
    const message = { closesOn: ["The closing date must be after the opening date."] };
    expect(fieldErrors({ ...base(), opensOn: "2031-05-10", closesOn: "2031-05-09" })).toEqual(message);
    expect(fieldErrors({ ...base(), opensOn: "2031-05-10", closesOn: "2031-05-10" })).toEqual(message);
    expect(ZTopicInput.parse({ ...base(), opensOn: "2031-05-10", closesOn: "2031-05-11" })).toMatchObject({ opensOn: "2031-05-10", closesOn: "2031-05-11" });
    // Either date alone is fine.
    expect(ZTopicInput.safeParse({ ...base(), closesOn: "2020-01-01" }).success).toBe(true);
    expect(ZTopicInput.safeParse({ ...base(), opensOn: "2031-05-10", closesOn: "" }).success).toBe(true);
  });

  it("refuses a custom date without a label and a label without a date", () => {
    const message = ["Give both a label and a date for the extra date, or neither."];
    expect(fieldErrors({ ...base(), customLabel: "Drop-in session" })).toEqual({ customDate: message });
    expect(fieldErrors({ ...base(), customDate: "2031-05-20" })).toEqual({ customLabel: message });
    expect(fieldErrors({ ...base(), customLabel: "   ", customDate: "2031-05-20" })).toEqual({ customLabel: message });
    expect(ZTopicInput.parse({ ...base(), customLabel: " Drop-in session ", customDate: "2031-05-20" })).toMatchObject({ customLabel: "Drop-in session", customDate: "2031-05-20" });
  });

  it("refuses dates that are not real ISO dates", () => {
    expect(fieldErrors({ ...base(), decisionOn: "2031-13-01" })).toEqual({ decisionOn: ["Enter a real date."] });
    expect(fieldErrors({ ...base(), opensOn: "10/05/2031" })).toEqual({ opensOn: ["Enter a real date."] });
  });
});

describe("saveTopic: creating", () => {
  it("creates a draft with a slug from the title, its links and key dates, audited as topic.created", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const title = `Safer crossings near schools ${tag}`;
    const body = doc(heading(2, "Why now"), paragraph(text("Three near misses this year.")));
    const input = topicInput({
      title,
      summary: "Tell us which crossings feel unsafe.",
      bodyJson: JSON.stringify(body),
      themeIds: [theme(0).id, theme(1).id],
      communityIds: [community(0).id],
      neighbourhoodIds: [neighbourhood(0).id, neighbourhood(1).id],
      opensOn: "2031-05-01",
      closesOn: "2031-06-12",
      decisionOn: "2031-07-30",
      customLabel: "Drop-in at the library",
      customDate: "2031-05-20",
      moderationMode: "pre",
    });

    const saved = await saveTopic(officer, input);

    expect(saved).toEqual({ id: expect.any(String), slug: slugify(title) });
    const state = await topicState(saved.id);
    expect(state.row).toMatchObject({
      slug: slugify(title),
      title,
      summary: "Tell us which crossings feel unsafe.",
      bodyJson: body,
      bodyHtml: "<h2>Why now</h2><p>Three near misses this year.</p>",
      bodyText: "Why now\n\nThree near misses this year.",
      status: "draft",
      moderationMode: "pre",
      createdBy: officer.id,
      publishedAt: null,
      outcomeJson: null,
      outcomeHtml: null,
      outcomePublishedAt: null,
    });
    expect(state.themeIds).toEqual([theme(0).id, theme(1).id].sort());
    expect(state.communityIds).toEqual([community(0).id]);
    expect(state.neighbourhoodIds).toEqual([neighbourhood(0).id, neighbourhood(1).id].sort());
    expect(state.keyDates).toEqual([
      { kind: "opens", label: null, date: "2031-05-01", sortOrder: 0 },
      { kind: "closes", label: null, date: "2031-06-12", sortOrder: 1 },
      { kind: "decision", label: null, date: "2031-07-30", sortOrder: 2 },
      { kind: "custom", label: "Drop-in at the library", date: "2031-05-20", sortOrder: 3 },
    ]);
    expect(await topicAudit(saved.id)).toEqual([{ actorId: officer.id, action: "topic.created", details: { title } }]);
  });

  it("saves no key dates when none are given", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const saved = await saveTopic(officer, topicInput());
    const state = await topicState(saved.id);
    expect(state.keyDates).toEqual([]);
    expect(state.communityIds).toEqual([]);
    expect(state.neighbourhoodIds).toEqual([]);
    expect(state.themeIds).toEqual([theme(0).id]);
  });

  it("gives a second and third topic with the same title the slugs -2 and -3", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const title = `Library opening hours ${uniqueTag()}`;
    const slugs = [];
    for (let index = 0; index < 3; index += 1) slugs.push((await saveTopic(officer, topicInput({ title }))).slug);
    const base = slugify(title);
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`]);
    expect(await topicsTitled(title)).toHaveLength(3);
  });

  it("falls back to a 'topic' slug when the title has no letters or digits to use", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const saved = await saveTopic(officer, topicInput({ title: "¿¡!?" }));
    expect(saved.slug).toMatch(/^topic(-\d+)?$/);
    expect((await topicRow(saved.id)).slug).toBe(saved.slug);
  });

  it("renders the description once, sanitised: headings and bold stay, javascript: links and event handlers never reach body_html", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const body = doc(
      heading(3, "What is proposed"),
      paragraph(
        text("Read "),
        text("this carefully", [{ type: "bold" }]),
        text(" and "),
        text("click me", [{ type: "link", attrs: { href: "javascript:alert(document.cookie)" } }]),
        text(" or see "),
        text("the plan", [{ type: "link", attrs: { href: "https://example.org/plan" } }]),
      ),
      { type: "image", attrs: { src: "https://example.org/map.png", alt: "The route", onerror: "alert(1)", onload: "alert(2)" } },
      { type: "image", attrs: { src: "javascript:alert(3)", alt: "Bad source" } },
      paragraph(text("<img src=x onerror=alert(4)> typed as text")),
    );

    const saved = await saveTopic(officer, topicInput({ bodyJson: JSON.stringify(body) }));

    const { bodyHtml, bodyJson } = await topicRow(saved.id);
    expect(bodyHtml).toContain("<h3>What is proposed</h3>");
    expect(bodyHtml).toContain("<strong>this carefully</strong>");
    expect(bodyHtml).toMatch(/<a [^>]*href="https:\/\/example\.org\/plan"[^>]*>the plan<\/a>/);
    expect(bodyHtml).toMatch(/<a [^>]*rel="noopener noreferrer nofollow"[^>]*>the plan<\/a>/);
    // The javascript: link keeps its words but loses its href.
    expect(bodyHtml).toMatch(/<a (?![^>]*href)[^>]*>click me<\/a>/);
    expect(bodyHtml).toContain('<img src="https://example.org/map.png" alt="The route" />');
    expect(bodyHtml).toContain("&lt;img src=x onerror=alert(4)&gt; typed as text");
    expect(bodyHtml).not.toMatch(/javascript:/i);
    expect(bodyHtml).not.toMatch(/<[^>]*\son\w+=/i);
    expect(bodyHtml).not.toMatch(/<img[^>]*onerror/i);
    expect(bodyHtml).not.toContain("alert(1)");
    expect(bodyHtml).not.toContain("alert(3)");
    // The editor's JSON is kept as the source for editing.
    expect(bodyJson).toEqual(body);
  });

  it.each([
    ["themeIds", "Choose themes from the list.", () => ({ themeIds: [theme(0).id, UNKNOWN_ID] })],
    ["communityIds", "Choose communities of interest from the list.", () => ({ communityIds: [UNKNOWN_ID] })],
    ["neighbourhoodIds", "Choose neighbourhoods from the list.", () => ({ neighbourhoodIds: [neighbourhood(0).id, UNKNOWN_ID] })],
  ])("refuses an unknown id in %s with a ValidationError naming the field and saves nothing", async (field, message, overrides) => {
    const officer = await createUser(db(), { role: "officer" });
    const title = `Refused ${uniqueTag()}`;

    const error = await validationError(saveTopic(officer, topicInput({ title, opensOn: "2031-01-01", ...overrides() })));

    expect(error.fieldErrors).toEqual({ [field]: [message] });
    expect(await topicsTitled(title)).toEqual([]);
    expect(await db().select({ id: topics.id }).from(topics).where(eq(topics.slug, slugify(title)))).toEqual([]);
    expect(await db().select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.actorId, officer.id), eq(auditLog.subjectType, "topic")))).toEqual([]);
  });

  it.each([
    ["text that is not JSON", "{not json"],
    ["a JSON string", JSON.stringify("<p>Hello</p>")],
    ["JSON null", "null"],
    ["a paragraph that is not a doc", JSON.stringify(paragraph(text("Hello")))],
    ["a doc without content", JSON.stringify({ type: "doc" })],
    ["a doc with a node the editor does not know", JSON.stringify(doc({ type: "script", content: [text("alert(1)")] }))],
  ])("refuses %s as the description with a ValidationError on bodyJson and saves nothing", async (_label, bodyJson) => {
    const officer = await createUser(db(), { role: "officer" });
    const title = `Malformed ${uniqueTag()}`;

    const error = await validationError(saveTopic(officer, topicInput({ title, bodyJson })));

    expect(Object.keys(error.fieldErrors)).toEqual(["bodyJson"]);
    expect(error.fieldErrors.bodyJson?.length).toBe(1);
    expect(await topicsTitled(title)).toEqual([]);
  });

  it("is rate limited per officer, sharing its allowance with the status changes", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const other = await createUser(db(), { role: "officer" });
    // 59 of the 60 saves in ten minutes already used.
    await db().insert(rateLimits).values({ key: `topic-save:${officer.id}`, windowStart: new Date(), count: 59 });
    const draft = await saveTopic(officer, topicInput());

    const title = `Over the limit ${uniqueTag()}`;
    await expect(saveTopic(officer, topicInput({ title }))).rejects.toThrow(RateLimitedError);
    expect(await topicsTitled(title)).toEqual([]);
    await expect(changeTopicStatus(officer, draft.id, "publish")).rejects.toThrow(RateLimitedError);
    expect((await topicRow(draft.id)).status).toBe("draft");

    // Another officer is not held back.
    expect(await changeTopicStatus(other, draft.id, "publish")).toBe("open");
  });
});

describe("saveTopic: updating", () => {
  async function savedTopic(officer: CurrentUser) {
    const title = `Parks and play areas ${uniqueTag()}`;
    const saved = await saveTopic(
      officer,
      topicInput({
        title,
        bodyJson: plainBody("The first description."),
        themeIds: [theme(0).id, theme(1).id],
        communityIds: [community(0).id, community(1).id],
        neighbourhoodIds: [neighbourhood(0).id],
        opensOn: "2031-03-01",
        closesOn: "2031-04-01",
        customLabel: "Walkabout",
        customDate: "2031-03-15",
      }),
    );
    return { ...saved, title };
  }

  it("replaces the fields, links and key dates, keeps the slug, status and author, and audits topic.updated", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const editor = await createUser(db(), { role: "officer" });
    const topic = await savedTopic(officer);
    await changeTopicStatus(officer, topic.id, "publish");
    const newTitle = `Parks, play areas and benches ${uniqueTag()}`;

    const result = await saveTopic(
      editor,
      topicInput({
        title: newTitle,
        summary: "A wider question about parks.",
        bodyJson: JSON.stringify(doc(heading(2, "Updated"), paragraph(text("The second description.", [{ type: "italic" }])))),
        themeIds: theme(1).id,
        communityIds: [],
        neighbourhoodIds: [neighbourhood(1).id],
        decisionOn: "2031-09-01",
        moderationMode: "pre",
      }),
      topic.id,
    );

    expect(result).toEqual({ id: topic.id, slug: topic.slug });
    const state = await topicState(topic.id);
    expect(state.row).toMatchObject({
      slug: topic.slug,
      title: newTitle,
      summary: "A wider question about parks.",
      bodyHtml: "<h2>Updated</h2><p><em>The second description.</em></p>",
      bodyText: "Updated\n\nThe second description.",
      status: "open",
      moderationMode: "pre",
      createdBy: officer.id,
    });
    expect(state.themeIds).toEqual([theme(1).id]);
    expect(state.communityIds).toEqual([]);
    expect(state.neighbourhoodIds).toEqual([neighbourhood(1).id]);
    expect(state.keyDates).toEqual([{ kind: "decision", label: null, date: "2031-09-01", sortOrder: 0 }]);
    expect(await topicAudit(topic.id)).toEqual([
      { actorId: officer.id, action: "topic.created", details: { title: topic.title } },
      { actorId: officer.id, action: "topic.publish", details: { from: "draft", to: "open" } },
      { actorId: editor.id, action: "topic.updated", details: { title: newTitle } },
    ]);
  });

  it("saving the same form again changes nothing but the audit trail", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await savedTopic(officer);
    const before = await topicState(topic.id);
    const input = topicInput({
      title: topic.title,
      bodyJson: plainBody("The first description."),
      themeIds: [theme(0).id, theme(1).id],
      communityIds: [community(0).id, community(1).id],
      neighbourhoodIds: [neighbourhood(0).id],
      opensOn: "2031-03-01",
      closesOn: "2031-04-01",
      customLabel: "Walkabout",
      customDate: "2031-03-15",
    });

    await saveTopic(officer, input, topic.id);

    const after = await topicState(topic.id);
    expect({ ...after, row: { ...after.row, updatedAt: null } }).toEqual({ ...before, row: { ...before.row, updatedAt: null } });
    expect((await topicAudit(topic.id)).map((row) => row.action)).toEqual(["topic.created", "topic.updated"]);
  });

  it.each([
    ["themeIds", () => ({ themeIds: [UNKNOWN_ID] })],
    ["communityIds", () => ({ communityIds: [community(1).id, UNKNOWN_ID] })],
    ["neighbourhoodIds", () => ({ neighbourhoodIds: [UNKNOWN_ID] })],
  ])("a refused update (unknown %s) leaves the topic, its links and key dates as they were", async (field, overrides) => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await savedTopic(officer);
    const before = await topicState(topic.id);

    const error = await validationError(
      saveTopic(
        officer,
        topicInput({ title: `Changed ${uniqueTag()}`, bodyJson: plainBody("Changed."), themeIds: theme(1).id, communityIds: [], neighbourhoodIds: [], decisionOn: "2031-12-01", moderationMode: "pre", ...overrides() }),
        topic.id,
      ),
    );

    expect(Object.keys(error.fieldErrors)).toEqual([field]);
    expect(await topicState(topic.id)).toEqual(before);
    expect((await topicAudit(topic.id)).map((row) => row.action)).toEqual(["topic.created"]);
  });

  it("a malformed description on update is refused on bodyJson and changes nothing", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await savedTopic(officer);
    const before = await topicState(topic.id);

    for (const bodyJson of ["[]", '{"type":"doc","content":"<p>x</p>"}', "<p>HTML, not JSON</p>"]) {
      const error = await validationError(saveTopic(officer, topicInput({ title: `Changed ${uniqueTag()}`, bodyJson }), topic.id));
      expect(Object.keys(error.fieldErrors)).toEqual(["bodyJson"]);
    }

    expect(await topicState(topic.id)).toEqual(before);
    expect((await topicAudit(topic.id)).map((row) => row.action)).toEqual(["topic.created"]);
  });

  it("refuses to update an unknown topic with NotFoundError and writes no links", async () => {
    const officer = await createUser(db(), { role: "officer" });
    await expect(saveTopic(officer, topicInput(), UNKNOWN_ID)).rejects.toThrow(NotFoundError);
    expect(await db().select().from(topicThemes).where(eq(topicThemes.topicId, UNKNOWN_ID))).toEqual([]);
    expect(await topicAudit(UNKNOWN_ID)).toEqual([]);
  });
});

describe("changeTopicStatus", () => {
  it("publishes a draft (setting published_at once), closes it and reopens it, each audited", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { id } = await saveTopic(officer, topicInput());

    const before = Date.now();
    expect(await changeTopicStatus(officer, id, "publish")).toBe("open");
    const after = Date.now();
    const opened = await topicRow(id);
    expect(opened.status).toBe("open");
    if (!opened.publishedAt) throw new Error("published_at was not set");
    expect(opened.publishedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(opened.publishedAt.getTime()).toBeLessThanOrEqual(after);

    expect(await changeTopicStatus(officer, id, "close")).toBe("closed");
    expect(await topicRow(id)).toMatchObject({ status: "closed", publishedAt: opened.publishedAt });
    expect(await changeTopicStatus(officer, id, "reopen")).toBe("open");
    expect(await topicRow(id)).toMatchObject({ status: "open", publishedAt: opened.publishedAt });

    expect((await topicAudit(id)).slice(1)).toEqual([
      { actorId: officer.id, action: "topic.publish", details: { from: "draft", to: "open" } },
      { actorId: officer.id, action: "topic.close", details: { from: "open", to: "closed" } },
      { actorId: officer.id, action: "topic.reopen", details: { from: "closed", to: "open" } },
    ]);
  });

  it("keeps a draft's earlier published_at when it is published", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await createTopic(db(), { status: "draft" });
    const earlier = new Date(Date.UTC(2030, 0, 2, 9, 30));
    await db().update(topics).set({ publishedAt: earlier }).where(eq(topics.id, topic.id));

    await changeTopicStatus(officer, topic.id, "publish");

    expect(await topicRow(topic.id)).toMatchObject({ status: "open", publishedAt: earlier });
  });

  it.each([
    ["publish", ["open", "closed", "outcome"]],
    ["close", ["draft", "closed", "outcome"]],
    ["reopen", ["draft", "open", "outcome"]],
  ] as const)("refuses to %s a topic in the wrong state with ConflictError and changes nothing", async (change, wrongStatuses) => {
    const officer = await createUser(db(), { role: "officer" });
    for (const status of wrongStatuses) {
      const topic = await createTopic(db(), { status });
      const before = await topicRow(topic.id);
      await expect(changeTopicStatus(officer, topic.id, change)).rejects.toThrow(ConflictError);
      expect(await topicRow(topic.id)).toEqual(before);
      expect(await topicAudit(topic.id)).toEqual([]);
    }
  });

  it("refuses an unknown topic with NotFoundError", async () => {
    const officer = await createUser(db(), { role: "officer" });
    await expect(changeTopicStatus(officer, UNKNOWN_ID, "publish")).rejects.toThrow(NotFoundError);
    expect(await topicAudit(UNKNOWN_ID)).toEqual([]);
  });
});

describe("publishOutcome", () => {
  const outcomeDoc = doc(
    heading(2, "What we changed"),
    paragraph(text("We will add "), text("two crossings", [{ type: "bold" }]), text(" by spring.")),
    paragraph(text("Sneaky", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]), text(" <b>tags</b> stay text")),
  );

  async function followedTopic(status: TopicStatus) {
    const topic = await createTopic(db(), { status, title: `Crossings ${uniqueTag()}` });
    const followers = [await createUser(db()), await createUser(db())];
    for (const person of followers) await follow(topic.id, person);
    return { topic, followers };
  }

  it("refuses a draft with ConflictError: nothing changes and nobody is emailed", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { topic, followers } = await followedTopic("draft");
    const before = await topicRow(topic.id);

    await expect(publishOutcome(officer, topic.id, JSON.stringify(outcomeDoc))).rejects.toThrow(ConflictError);

    expect(await topicRow(topic.id)).toEqual(before);
    expect(await outcomeMailFor(topic.id)).toEqual([]);
    for (const person of followers) expect(await mailTo(person.email)).toEqual([]);
    expect(await topicAudit(topic.id)).toEqual([]);
  });

  it.each(["open", "closed"] as const)("publishes the outcome of a %s topic and emails each follower once, in the outbox", async (status) => {
    const officer = await createUser(db(), { role: "officer" });
    const { topic, followers } = await followedTopic(status);
    const bystander = await createUser(db());
    // Following another topic does not bring this topic's outcome.
    await follow((await createTopic(db())).id, bystander);

    const before = Date.now();
    expect(await publishOutcome(officer, topic.id, JSON.stringify(outcomeDoc))).toBe(2);
    const after = Date.now();

    const row = await topicRow(topic.id);
    expect(row.status).toBe("outcome");
    expect(row.outcomeJson).toEqual(outcomeDoc);
    expect(row.outcomeHtml).toContain("<h2>What we changed</h2>");
    expect(row.outcomeHtml).toContain("<strong>two crossings</strong>");
    expect(row.outcomeHtml).toContain("&lt;b&gt;tags&lt;/b&gt; stay text");
    expect(row.outcomeHtml).not.toMatch(/javascript:|<b>/i);
    if (!row.outcomePublishedAt) throw new Error("outcome_published_at was not set");
    expect(row.outcomePublishedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(row.outcomePublishedAt.getTime()).toBeLessThanOrEqual(after);
    expect(await topicAudit(topic.id)).toEqual([{ actorId: officer.id, action: "topic.outcome_published", details: { from: status } }]);

    for (const person of followers) {
      const mail = await mailTo(person.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({ category: "outcome", status: "queued", subject: `You said, we did: ${topic.title}` });
      expect(mail[0]?.textBody).toContain("What we changed");
      expect(mail[0]?.textBody).toContain("We will add two crossings by spring.");
      expect(mail[0]?.textBody).toContain("Sneaky <b>tags</b> stay text");
      expect(mail[0]?.textBody).toContain(`${env.AUTH_URL}/topics/${topic.slug}`);
      expect(mail[0]?.textBody).not.toContain("<strong>");
      expect(mail[0]?.htmlBody).toContain("Sneaky &lt;b&gt;tags&lt;/b&gt; stay text");
      expect(mail[0]?.htmlBody).not.toMatch(/javascript:|<b>/i);
    }
    expect(await mailTo(bystander.email)).toEqual([]);
    expect((await outcomeMailFor(topic.id)).map((mail) => mail.to).sort()).toEqual(followers.map((person) => person.email).sort());
  });

  it("publishing again updates the outcome but emails only followers who have not had it", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { topic, followers } = await followedTopic("closed");
    expect(await publishOutcome(officer, topic.id, JSON.stringify(outcomeDoc))).toBe(2);
    const late = await createUser(db());
    await follow(topic.id, late);

    const revised = doc(paragraph(text("Revised: three crossings.")));
    // Only the follower who joined since is emailed now.
    expect(await publishOutcome(officer, topic.id, JSON.stringify(revised))).toBe(1);

    expect(await topicRow(topic.id)).toMatchObject({ status: "outcome", outcomeHtml: "<p>Revised: three crossings.</p>", outcomeJson: revised });
    for (const person of followers) {
      const mail = await mailTo(person.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]?.textBody).toContain("We will add two crossings by spring.");
    }
    const lateMail = await mailTo(late.email);
    expect(lateMail).toHaveLength(1);
    expect(lateMail[0]?.textBody).toContain("Revised: three crossings.");
    expect(await outcomeMailFor(topic.id)).toHaveLength(3);
    expect((await topicAudit(topic.id)).map((row) => row.details)).toEqual([{ from: "closed" }, { from: "outcome" }]);
  });

  it("returns 0 and emails nobody when the topic has no followers", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await createTopic(db());
    expect(await publishOutcome(officer, topic.id, JSON.stringify(outcomeDoc))).toBe(0);
    expect((await topicRow(topic.id)).status).toBe("outcome");
    expect(await outcomeMailFor(topic.id)).toEqual([]);
  });

  it.each([
    ["text that is not JSON", "nope"],
    ["a paragraph that is not a doc", JSON.stringify(paragraph(text("x")))],
  ])("refuses %s as the outcome with a ValidationError on outcomeJson and changes nothing", async (_label, outcomeJson) => {
    const officer = await createUser(db(), { role: "officer" });
    const { topic, followers } = await followedTopic("open");
    const before = await topicRow(topic.id);

    const error = await validationError(publishOutcome(officer, topic.id, outcomeJson));

    expect(Object.keys(error.fieldErrors)).toEqual(["outcomeJson"]);
    expect(await topicRow(topic.id)).toEqual(before);
    for (const person of followers) expect(await mailTo(person.email)).toEqual([]);
  });

  it("refuses an unknown topic with NotFoundError", async () => {
    const officer = await createUser(db(), { role: "officer" });
    await expect(publishOutcome(officer, UNKNOWN_ID, JSON.stringify(outcomeDoc))).rejects.toThrow(NotFoundError);
  });
});

describe("reading topics", () => {
  const fullInput = (title: string) =>
    topicInput({
      title,
      summary: "Tell us about the market square.",
      bodyJson: JSON.stringify(doc(heading(2, "The square"), paragraph(text("Benches, trees and stalls.")))),
      themeIds: [theme(0).id, theme(1).id],
      communityIds: [community(1).id],
      neighbourhoodIds: [neighbourhood(0).id, neighbourhood(1).id],
      opensOn: "2031-05-01",
      closesOn: "2031-06-12",
      decisionOn: "2031-07-30",
      customLabel: "Market day stall",
      customDate: "2031-05-20",
      moderationMode: "pre",
    });

  it("getTopicForEdit returns a topic as its form needs it, with the outcome once published", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const title = `Market square ${uniqueTag()}`;
    const { id, slug } = await saveTopic(officer, fullInput(title));

    const draft = await getTopicForEdit(id);
    expect({ ...draft, themeIds: [...draft.themeIds].sort(), neighbourhoodIds: [...draft.neighbourhoodIds].sort() }).toEqual({
      id,
      slug,
      title,
      summary: "Tell us about the market square.",
      bodyJson: doc(heading(2, "The square"), paragraph(text("Benches, trees and stalls."))),
      body: doc(heading(2, "The square"), paragraph(text("Benches, trees and stalls."))),
      outcomeJson: null,
      outcome: { type: "doc", content: [] },
      status: "draft",
      moderationMode: "pre",
      themeIds: [theme(0).id, theme(1).id].sort(),
      communityIds: [community(1).id],
      neighbourhoodIds: [neighbourhood(0).id, neighbourhood(1).id].sort(),
      opensOn: "2031-05-01",
      closesOn: "2031-06-12",
      decisionOn: "2031-07-30",
      customLabel: "Market day stall",
      customDate: "2031-05-20",
    });

    await changeTopicStatus(officer, id, "publish");
    const outcome = doc(paragraph(text("New benches are coming.")));
    await publishOutcome(officer, id, JSON.stringify(outcome));
    expect(await getTopicForEdit(id)).toMatchObject({ status: "outcome", outcome, outcomeJson: outcome });
  });

  it("getTopicForEdit refuses an unknown topic with NotFoundError", async () => {
    await expect(getTopicForEdit(UNKNOWN_ID)).rejects.toThrow(NotFoundError);
  });

  it("getPublicTopic hides drafts, then serves the stored HTML, tags, key dates and the outcome", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { id, slug } = await saveTopic(officer, fullInput(`Market square ${uniqueTag()}`));
    await expect(getPublicTopic(slug)).rejects.toThrow(NotFoundError);

    await changeTopicStatus(officer, id, "publish");
    const row = await topicRow(id);
    const open = await getPublicTopic(slug);
    expect(open).toEqual({
      id,
      slug,
      title: row.title,
      summary: "Tell us about the market square.",
      bodyHtml: row.bodyHtml,
      outcomeHtml: null,
      status: "open",
      publishedAt: row.publishedAt,
      themes: [theme(1), theme(0)].map(({ slug: themeSlug, name }) => ({ slug: themeSlug, name })),
      communities: [{ slug: community(1).slug, name: community(1).name }],
      neighbourhoods: [neighbourhood(1), neighbourhood(0)].map(({ slug: placeSlug, name }) => ({ slug: placeSlug, name })),
      keyDates: [
        { kind: "opens", label: null, date: "2031-05-01" },
        { kind: "custom", label: "Market day stall", date: "2031-05-20" },
        { kind: "closes", label: null, date: "2031-06-12" },
        { kind: "decision", label: null, date: "2031-07-30" },
      ],
    });
    expect(open.bodyHtml).toBe("<h2>The square</h2><p>Benches, trees and stalls.</p>");

    await publishOutcome(officer, id, JSON.stringify(doc(paragraph(text("Trees planted "), text("in May", [{ type: "italic" }])))));
    expect(await getPublicTopic(slug)).toMatchObject({ status: "outcome", outcomeHtml: "<p>Trees planted <em>in May</em></p>" });
  });

  it("listConsoleTopics lists every topic, drafts included, with its published comment count", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const draft = await saveTopic(officer, topicInput());
    const open = await createTopic(db());
    for (const status of ["published", "published", "published", "held", "hidden", "rejected", "deleted"] as const) await insertComment(open.id, status);
    await insertComment((await createTopic(db())).id, "published");

    const listed = await listConsoleTopics();

    expect(listed.find((topic) => topic.id === draft.id)).toMatchObject({ slug: draft.slug, status: "draft", comments: 0 });
    expect(listed.find((topic) => topic.id === open.id)).toEqual({
      id: open.id,
      slug: open.slug,
      title: open.title,
      status: "open",
      moderationMode: "post",
      updatedAt: expect.any(Date),
      comments: 3,
    });
  });

  it("listConsoleTopics puts the most recently updated topic first", async () => {
    const first = await createTopic(db());
    const second = await createTopic(db());
    await db().update(topics).set({ updatedAt: new Date(Date.UTC(2040, 0, 1)) }).where(eq(topics.id, first.id));
    await db().update(topics).set({ updatedAt: new Date(Date.UTC(2040, 0, 2)) }).where(eq(topics.id, second.id));

    const ids = (await listConsoleTopics()).map((topic) => topic.id).filter((id) => id === first.id || id === second.id);

    expect(ids).toEqual([second.id, first.id]);
  });
});

describe("comments once the outcome is published", () => {
  it("postComment refuses a comment on a topic with an outcome with ConflictError and saves nothing", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const commenter = await createUser(db());
    const topic = await createTopic(db());
    const comment = (body: string) => postComment(commenter, { topicId: topic.id, parentId: null, body, submissionKey: randomUUID() });
    await comment("Before the outcome");

    await publishOutcome(officer, topic.id, JSON.stringify(doc(paragraph(text("Done.")))));

    await expect(comment("After the outcome")).rejects.toThrow(ConflictError);
    const bodies = await db().select({ body: comments.body }).from(comments).where(eq(comments.topicId, topic.id));
    expect(bodies).toEqual([{ body: "Before the outcome" }]);
  });
});
