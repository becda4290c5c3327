import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, commentFlags, comments } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { getModerationCounts } from "@/lib/server/comments/get-moderation-counts";
import { postComment } from "@/lib/server/comments/post-comment";
import { flagComment } from "@/lib/server/comments/react-to-comment";
import { countModerationQueue, listModerationQueue } from "@/lib/server/moderation/list-queue";
import { addModerationWord } from "@/lib/server/moderation/add-moderation-word";
import { listModerationWords } from "@/lib/server/moderation/list-moderation-words";
import { removeModerationWord } from "@/lib/server/moderation/remove-moderation-word";
import { ZFlagInput } from "@/lib/validations/comment";
import { ZModerationPhrase } from "@/lib/validations/moderation";
import { commentRow, decide, insertComment, removeWordListPhrases } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";

const db = () => getDb();

type Status = (typeof comments.$inferSelect)["status"];

/** Word-list phrases this file added; removed again at the end (the list is shared by every topic). */
const addedPhrases: string[] = [];

afterAll(async () => {
  await removeWordListPhrases(addedPhrases);
});

describe("listModerationQueue and countModerationQueue", () => {
  it("lists a topic's held comments oldest first, with the topic, the author and the comment replied to", async () => {
    const topic = await createTopic(db());
    const other = await createTopic(db());
    const author = await createUser(db(), { name: "Queued Author" });
    const at = (minutes: number) => new Date(Date.UTC(2026, 3, 1, 10, minutes));
    const parent = await insertComment({ topicId: topic.id, authorId: (await createUser(db())).id, body: "The parent comment", createdAt: at(0) });
    const later = await insertComment({ topicId: topic.id, authorId: author.id, status: "held", holdReason: "word_list", body: "Held later", createdAt: at(20) });
    const reply = await insertComment({ topicId: topic.id, authorId: author.id, status: "held", holdReason: "pre_moderation", parentId: parent, depth: 1, body: "Held reply", createdAt: at(10) });
    await insertComment({ topicId: other.id, authorId: author.id, status: "held", holdReason: "first_comment" });

    const queue = await listModerationQueue({ view: "waiting", topicId: topic.id });

    expect(queue.map((row) => row.id)).toEqual([reply, later]);
    expect(queue[0]).toEqual({
      id: reply,
      body: "Held reply",
      status: "held",
      holdReason: "pre_moderation",
      removalReason: null,
      moderatorNote: null,
      flagCount: 0,
      createdAt: at(10),
      topicTitle: topic.title,
      topicSlug: topic.slug,
      authorName: "Queued Author",
      authorEmail: author.email,
      parentBody: "The parent comment",
      flags: [],
    });
    expect(queue[1]).toMatchObject({ holdReason: "word_list", parentBody: null });
  });

  it("lists reported published comments with the reports counted by reason", async () => {
    const topic = await createTopic(db());
    const id = await insertComment({ topicId: topic.id, authorId: (await createUser(db())).id });
    const unflagged = await insertComment({ topicId: topic.id, authorId: (await createUser(db())).id });
    const reporters = await Promise.all([createUser(db()), createUser(db()), createUser(db())]);
    for (const [index, reporter] of reporters.entries()) {
      await flagComment(reporter, ZFlagInput.parse({ commentId: id, reason: index === 0 ? "abusive" : "spam" }));
    }

    const queue = await listModerationQueue({ view: "flagged", topicId: topic.id });

    expect(queue.map((row) => row.id)).toEqual([id]);
    expect(queue.map((row) => row.id)).not.toContain(unflagged);
    expect(queue[0]?.flagCount).toBe(3);
    expect(queue[0]?.flags.sort((a, b) => b.total - a.total)).toEqual([
      { reason: "spam", total: 2 },
      { reason: "abusive", total: 1 },
    ]);
    expect(await db().select().from(commentFlags).where(eq(commentFlags.commentId, unflagged))).toEqual([]);
  });

  it("lists rejected and hidden comments, most recently moderated first, with reason and note", async () => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const author = await createUser(db());
    const rejected = await insertComment({ topicId: topic.id, authorId: author.id, status: "held" });
    const hidden = await insertComment({ topicId: topic.id, authorId: author.id });
    await insertComment({ topicId: topic.id, authorId: author.id, status: "deleted", body: "" });
    await decide(officer, { commentIds: rejected, decision: "reject", reason: "off_topic", note: "Try the parking topic" });
    await decide(officer, { commentIds: hidden, decision: "hide", reason: "abusive" });
    // Decisions made in the same millisecond would tie: give them distinct times.
    await db().update(comments).set({ moderatedAt: new Date(Date.UTC(2026, 3, 2)) }).where(eq(comments.id, rejected));
    await db().update(comments).set({ moderatedAt: new Date(Date.UTC(2026, 3, 3)) }).where(eq(comments.id, hidden));

    const queue = await listModerationQueue({ view: "removed", topicId: topic.id });

    expect(queue.map((row) => [row.id, row.status, row.removalReason, row.moderatorNote])).toEqual([
      [hidden, "hidden", "abusive", null],
      [rejected, "rejected", "off_topic", "Try the parking topic"],
    ]);
  });

  it("counts held comments and reported published comments across every topic", async () => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const author = await createUser(db());
    const before = await countModerationQueue();

    const held = await insertComment({ topicId: topic.id, authorId: author.id, status: "held" });
    const reported = await insertComment({ topicId: topic.id, authorId: author.id });
    await flagComment(await createUser(db()), ZFlagInput.parse({ commentId: reported, reason: "spam" }));
    await flagComment(await createUser(db()), ZFlagInput.parse({ commentId: reported, reason: "spam" }));
    expect(await countModerationQueue()).toEqual({ waiting: before.waiting + 1, flagged: before.flagged + 1 });

    await decide(officer, { commentIds: held, decision: "approve" });
    await decide(officer, { commentIds: reported, decision: "hide", reason: "spam" });
    expect(await countModerationQueue()).toEqual(before);
  });
});

describe("getModerationCounts", () => {
  it("counts published and held comments and the removed ones by reason, most common first", async () => {
    const topic = await createTopic(db());
    const author = await createUser(db());
    const add = async (status: Status, removalReason: "spam" | "abusive" | null = null) => {
      const id = await insertComment({ topicId: topic.id, authorId: author.id, status });
      if (removalReason) await db().update(comments).set({ removalReason }).where(eq(comments.id, id));
    };
    for (let index = 0; index < 3; index += 1) await add("published");
    await add("held");
    await add("deleted");
    await add("rejected", "spam");
    await add("hidden", "spam");
    await add("hidden", "abusive");
    // Another topic's comments do not count.
    await insertComment({ topicId: (await createTopic(db())).id, authorId: author.id, status: "hidden" });

    expect(await getModerationCounts(topic.id)).toEqual({
      published: 3,
      held: 1,
      removed: [
        { reason: "spam", total: 2 },
        { reason: "abusive", total: 1 },
      ],
    });
  });

  it("is all zeros for a topic without comments", async () => {
    expect(await getModerationCounts((await createTopic(db())).id)).toEqual({ published: 0, held: 0, removed: [] });
  });
});

describe("moderation words", () => {
  it("adds a phrase once, audited, and lists it", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { phrase } = ZModerationPhrase.parse({ phrase: `  ${uniqueTag("w").toUpperCase()} Phrase ` });
    addedPhrases.push(phrase);

    await addModerationWord(officer, phrase);
    await expect(addModerationWord(officer, phrase)).rejects.toThrow(ConflictError);

    const listed = (await listModerationWords()).filter((word) => word.phrase === phrase);
    expect(listed).toEqual([{ id: expect.any(String), phrase, createdAt: expect.any(Date) }]);
    const audit = await db().select({ actorId: auditLog.actorId, action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.subjectId, listed[0]?.id ?? ""));
    expect(audit).toEqual([{ actorId: officer.id, action: "moderation_word.added", details: { phrase } }]);
  });

  it("holds comments with the phrase while it is listed, and not after it is removed", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await createTopic(db());
    const commenter = await createUser(db());
    await insertComment({ topicId: topic.id, authorId: commenter.id });
    const phrase = uniqueTag("w");
    addedPhrases.push(phrase);
    const comment = (body: string) => postComment(commenter, { topicId: topic.id, parentId: null, body, submissionKey: randomUUID() });

    await addModerationWord(officer, phrase);
    const [word] = (await listModerationWords()).filter((row) => row.phrase === phrase);
    if (!word) throw new Error("The phrase was not listed");
    const held = await comment(`Mentions ${phrase}.`);
    expect(held.status).toBe("held");
    expect((await commentRow(held.id)).holdReason).toBe("word_list");

    await removeModerationWord(officer, word.id);
    expect((await listModerationWords()).map((row) => row.phrase)).not.toContain(phrase);
    expect((await comment(`Mentions ${phrase} again.`)).status).toBe("published");
    await expect(removeModerationWord(officer, word.id)).rejects.toThrow(NotFoundError);

    const audit = await db().select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.subjectId, word.id));
    expect(audit.map((row) => row.action).sort()).toEqual(["moderation_word.added", "moderation_word.removed"]);
    expect(audit.every((row) => row.details.phrase === phrase)).toBe(true);
  });
});
