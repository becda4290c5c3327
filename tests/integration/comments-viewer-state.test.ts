import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { commentHelpful, topicFollows } from "@/lib/db/schema";
import { getTopicViewerState } from "@/lib/server/comments/get-topic-viewer-state";
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
    expect(state).toMatchObject({ slug: topic.slug, marked: [theirs], editable: [fresh], following: true, hasHeld: false });
    expect(state?.own.toSorted()).toEqual([fresh, old].toSorted());

    expect(await getTopicViewerState(reader.id, other.slug, now)).toMatchObject({ following: false, marked: [elsewhere], own: [mineElsewhere], editable: [mineElsewhere] });
    expect(await getTopicViewerState(someone.id, topic.slug, now)).toMatchObject({ marked: [], own: [theirs], following: false });
  });

  it("says when the reader has a comment waiting for a moderator, and null for a topic that does not exist", async () => {
    const topic = await createTopic(db());
    const reader = await createUser(db());
    expect((await getTopicViewerState(reader.id, topic.slug))?.hasHeld).toBe(false);
    const held = await insertComment({ topicId: topic.id, authorId: reader.id, status: "held", holdReason: "first_comment" });
    expect(await getTopicViewerState(reader.id, topic.slug)).toMatchObject({ hasHeld: true, own: [held], editable: [held] });
    expect(await getTopicViewerState(reader.id, "no-such-topic")).toBeNull();
  });
});
