import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { commentHelpful, sessions, topicFollows } from "@/lib/db/schema";
import { getTopicReader, getTopicViewerState } from "@/lib/server/comments/get-topic-viewer-state";
import { insertComment } from "@/tests/support/comment-fixtures";
import { createTopic, createUser } from "@/tests/support/factories";

const db = () => getDb();
const MINUTE = 60_000;

describe("getTopicViewerState", () => {
  it("gives a reader their helpful marks, own comments, edit window and follow on that topic only", async () => {
    const [topic, other] = [await createTopic(db()), await createTopic(db())];
    const [reader, someone] = [await createUser(db()), await createUser(db())];
    const now = new Date();
    const theirs = await insertComment({ topicId: topic.id, authorId: someone.id });
    const elsewhere = await insertComment({ topicId: other.id, authorId: someone.id });
    const fresh = await insertComment({ topicId: topic.id, authorId: reader.id, createdAt: new Date(now.getTime() - 5 * MINUTE) });
    const old = await insertComment({ topicId: topic.id, authorId: reader.id, createdAt: new Date(now.getTime() - 60 * MINUTE) });
    await insertComment({ topicId: topic.id, authorId: reader.id, status: "deleted" });
    const mineElsewhere = await insertComment({ topicId: other.id, authorId: reader.id });
    await db().insert(commentHelpful).values([
      { commentId: theirs, userId: reader.id },
      { commentId: elsewhere, userId: reader.id },
    ]);
    await db().insert(topicFollows).values({ topicId: topic.id, userId: reader.id });

    const state = await getTopicViewerState(reader.id, topic.slug, now);
    expect(state).toMatchObject({ slug: topic.slug, marked: [theirs], editable: [fresh], following: true, held: [] });
    expect(state?.own.toSorted()).toEqual([fresh, old].toSorted());

    expect(await getTopicViewerState(reader.id, other.slug, now)).toMatchObject({ following: false, marked: [elsewhere], own: [mineElsewhere], editable: [mineElsewhere] });
    expect(await getTopicViewerState(someone.id, topic.slug, now)).toMatchObject({ marked: [], own: [theirs], following: false });
  });

  it("gives the reader their comments waiting for a moderator, and null for a topic that does not exist", async () => {
    const topic = await createTopic(db());
    const reader = await createUser(db());
    expect((await getTopicViewerState(reader.id, topic.slug))?.held).toEqual([]);
    const held = await insertComment({ topicId: topic.id, authorId: reader.id, status: "held", holdReason: "first_comment", body: "Waiting <b>here</b>", locale: "pl" });
    const state = await getTopicViewerState(reader.id, topic.slug);
    expect(state).toMatchObject({ own: [held], editable: [held], held: [{ id: held, body: "Waiting <b>here</b>", locale: "pl" }] });
    expect(await getTopicViewerState(reader.id, "no-such-topic")).toBeNull();
  });
});

describe("getTopicReader", () => {
  it("finds the reader from a live session with their state in one go, and no one from an expired or unknown one", async () => {
    const topic = await createTopic(db());
    const reader = await createUser(db(), { name: "Ann Reader" });
    const mine = await insertComment({ topicId: topic.id, authorId: reader.id });
    const [live, expired] = [randomUUID(), randomUUID()];
    await db().insert(sessions).values([
      { sessionToken: live, userId: reader.id, expires: new Date(Date.now() + 86_400_000) },
      { sessionToken: expired, userId: reader.id, expires: new Date(Date.now() - 1_000) },
    ]);
    const found = await getTopicReader(live, topic.slug);
    expect(found?.user).toMatchObject({ id: reader.id, name: "Ann Reader", role: "resident" });
    expect(found?.state).toMatchObject({ slug: topic.slug, own: [mine], editable: [mine], marked: [], following: false, held: [] });
    expect((await getTopicReader(live, "no-such-topic"))?.state).toBeNull();
    expect(await getTopicReader(expired, topic.slug)).toBeNull();
    expect(await getTopicReader(randomUUID(), topic.slug)).toBeNull();
  });

  it("extends a session in use once it is a day old, as Auth.js does", async () => {
    const reader = await createUser(db());
    const token = randomUUID();
    const soon = new Date(Date.now() + 60_000);
    await db().insert(sessions).values({ sessionToken: token, userId: reader.id, expires: soon });
    await getTopicReader(token, (await createTopic(db())).slug);
    const [row] = await db().select({ expires: sessions.expires }).from(sessions).where(eq(sessions.sessionToken, token));
    expect(row?.expires.getTime()).toBeGreaterThan(soon.getTime() + 86_400_000);
  });
});
