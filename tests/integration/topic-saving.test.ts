import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, rateLimits, topics } from "@/lib/db/schema";
import { RateLimitedError } from "@/lib/errors";
import { changeTopicStatus } from "@/lib/server/topics/change-topic-status";
import { saveTopic } from "@/lib/server/topics/save-topic";
import { slugify } from "@/lib/text/slugify";
import { ZTopicInput } from "@/lib/validations/topic";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { enFields, enIssues } from "@/tests/support/messages";
import {
  community,
  doc,
  heading,
  insertReferenceRows,
  neighbourhood,
  paragraph,
  plainBody,
  tag,
  text,
  theme,
  topicAudit,
  topicInput,
  topicRow,
  topicState,
  topicsTitled,
  validationError,
} from "@/tests/support/topic-fixtures";

const db = () => getDb();
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

beforeAll(insertReferenceRows);

describe("ZTopicInput", () => {
  const base = () => ({ title: "Bus lanes", summary: "Where should they go?", bodyJson: plainBody(), themeIds: [randomUUID()], moderationMode: "pre" });
  const fieldErrors = (input: Record<string, unknown>) => {
    const result = ZTopicInput.safeParse(input);
    expect(result.success).toBe(false);
    return enIssues(result.error);
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

    expect(enFields(error.fieldProblems)).toEqual({ [field]: [message] });
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

    expect(Object.keys(enFields(error.fieldProblems))).toEqual(["bodyJson"]);
    expect(enFields(error.fieldProblems).bodyJson?.length).toBe(1);
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
