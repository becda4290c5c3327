import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { comments, topics } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { postComment } from "@/lib/server/comments/post-comment";
import { changeTopicStatus, publishOutcome } from "@/lib/server/topics/change-topic-status";
import { saveTopic } from "@/lib/server/topics/save-topic";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";
import { enFields } from "@/tests/support/messages";
import {
  doc,
  follow,
  heading,
  insertReferenceRows,
  mailTo,
  outcomeMailFor,
  paragraph,
  text,
  topicAudit,
  topicInput,
  topicRow,
  validationError,
  type TopicStatus,
} from "@/tests/support/topic-fixtures";

const db = () => getDb();
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

beforeAll(insertReferenceRows);

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

    expect(Object.keys(enFields(error.fieldProblems))).toEqual(["outcomeJson"]);
    expect(await topicRow(topic.id)).toEqual(before);
    for (const person of followers) expect(await mailTo(person.email)).toEqual([]);
  });

  it("refuses an unknown topic with NotFoundError", async () => {
    const officer = await createUser(db(), { role: "officer" });
    await expect(publishOutcome(officer, UNKNOWN_ID, JSON.stringify(outcomeDoc))).rejects.toThrow(NotFoundError);
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
