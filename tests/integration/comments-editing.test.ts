import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { commentFlags, commentHelpful, commentRevisions } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { toggleFollow } from "@/lib/server/comments/follow-topic";
import { getTopicViewerState } from "@/lib/server/comments/get-topic-viewer-state";
import { listTopicComments } from "@/lib/server/comments/list-topic-comments";
import { flagComment, toggleHelpful } from "@/lib/server/comments/react-to-comment";
import { ZFlagInput } from "@/lib/validations/comment";
import { addWordListPhrase, commentRow, createRegularOn, insertComment, post, removeWordListPhrases } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, uniqueTag, type TestTopic } from "@/tests/support/factories";

const db = () => getDb();
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const MINUTE = 60_000;

/** Comments made here only give people a history: they live on a topic no test lists. */
let historyTopic: TestTopic;
/** Word-list phrases this file added; removed again at the end (the list is shared by every topic). */
const addedPhrases: string[] = [];

beforeAll(async () => {
  historyTopic = await createTopic(db());
});

afterAll(async () => {
  await removeWordListPhrases(addedPhrases);
});

const addPhrase = (phrase: string) => addWordListPhrase(addedPhrases, phrase);
const createRegular = (name?: string) => createRegularOn(historyTopic, name);

describe("editComment", () => {
  it("rewords a comment, keeps the earlier wording as a revision and marks it edited", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const { id } = await post(user, topic.id, "Original words");
    const now = new Date();

    await editComment(user, { commentId: id, body: "Better words" }, now);

    expect(await commentRow(id)).toMatchObject({ body: "Better words", status: "published", editedAt: now });
    expect(await db().select({ body: commentRevisions.body }).from(commentRevisions).where(eq(commentRevisions.commentId, id))).toEqual([{ body: "Original words" }]);
    const listed = await listTopicComments({ topicId: topic.id, sort: "newest"});
    expect(listed.comments.map((comment) => [comment.body, comment.edited])).toEqual([["Better words", true]]);
  });

  it("changes nothing when the wording is the same", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const { id } = await post(user, topic.id, "Unchanged");

    await editComment(user, { commentId: id, body: "Unchanged" });

    expect((await commentRow(id)).editedAt).toBeNull();
    expect(await db().select().from(commentRevisions).where(eq(commentRevisions.commentId, id))).toEqual([]);
  });

  it("refuses someone else's comment with ForbiddenError and an unknown one with NotFoundError", async () => {
    const topic = await createTopic(db());
    const author = await createRegular();
    const { id } = await post(author, topic.id, "Mine");
    const other = await createRegular();

    await expect(editComment(other, { commentId: id, body: "Not yours" })).rejects.toThrow(ForbiddenError);
    await expect(editComment(other, { commentId: UNKNOWN_ID, body: "Nothing" })).rejects.toThrow(NotFoundError);
    expect(await commentRow(id)).toMatchObject({ body: "Mine", editedAt: null });
  });

  it("allows edits for 15 minutes after posting and refuses them after with ConflictError", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const { id } = await post(user, topic.id, "Posted");
    const { createdAt } = await commentRow(id);

    await editComment(user, { commentId: id, body: "At the last moment" }, new Date(createdAt.getTime() + 15 * MINUTE));
    expect((await commentRow(id)).body).toBe("At the last moment");

    await expect(editComment(user, { commentId: id, body: "Too late" }, new Date(createdAt.getTime() + 15 * MINUTE + 1))).rejects.toThrow(ConflictError);
    expect((await commentRow(id)).body).toBe("At the last moment");
  });

  it("holds a published comment whose new wording matches the word list", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const word = uniqueTag("w");
    await addPhrase(word);
    const { id, status } = await post(user, topic.id, "Harmless at first");
    expect(status).toBe("published");

    await editComment(user, { commentId: id, body: `Now with ${word} in it` });

    expect(await commentRow(id)).toMatchObject({ status: "held", holdReason: "word_list", body: `Now with ${word} in it` });
  });

  it("keeps a held comment held for its first reason, and refuses to edit a deleted one", async () => {
    const topic = await createTopic(db());
    const user = await createUser(db());
    const { id, status } = await post(user, topic.id, "First ever");
    expect(status).toBe("held");

    await editComment(user, { commentId: id, body: "First ever, reworded" });
    expect(await commentRow(id)).toMatchObject({ status: "held", holdReason: "first_comment", body: "First ever, reworded" });

    await deleteComment(user, id);
    await expect(editComment(user, { commentId: id, body: "Back again" })).rejects.toThrow(ConflictError);
    expect(await commentRow(id)).toMatchObject({ status: "deleted", body: "" });
  });
});

describe("deleteComment", () => {
  it("removes the words and earlier versions but keeps the replies, shown under a placeholder", async () => {
    const topic = await createTopic(db());
    const author = await createRegular();
    const replier = await createRegular("Replier");
    const { id } = await post(author, topic.id, "To be deleted");
    await editComment(author, { commentId: id, body: "To be deleted, edited" });
    const reply = await post(replier, topic.id, "A reply that stays", id);
    await toggleHelpful(replier, id);

    await deleteComment(author, id);

    expect(await commentRow(id)).toMatchObject({ status: "deleted", body: "", helpfulCount: 0 });
    expect(await db().select().from(commentRevisions).where(eq(commentRevisions.commentId, id))).toEqual([]);
    expect(await commentRow(reply.id)).toMatchObject({ status: "published", parentId: id, body: "A reply that stays" });

    const listed = await listTopicComments({ topicId: topic.id, sort: "newest"});
    expect(listed.comments).toHaveLength(1);
    expect(listed.comments[0]).toMatchObject({ id, state: "removed", removedBy: "author", body: "", authorName: null, helpfulCount: 0 });
    expect(listed.comments[0]?.replies.map((view) => [view.id, view.body, view.authorName])).toEqual([[reply.id, "A reply that stays", "Replier"]]);
  });

  it("refuses someone else's comment with ForbiddenError, and deleting twice is harmless", async () => {
    const topic = await createTopic(db());
    const author = await createRegular();
    const { id } = await post(author, topic.id, "Keep me");

    await expect(deleteComment(await createRegular(), id)).rejects.toThrow(ForbiddenError);
    expect(await commentRow(id)).toMatchObject({ status: "published", body: "Keep me" });

    await deleteComment(author, id);
    await deleteComment(author, id);
    expect(await commentRow(id)).toMatchObject({ status: "deleted", body: "" });
  });

  it("leaves a deleted comment without replies out of the discussion", async () => {
    const topic = await createTopic(db());
    const author = await createRegular();
    const { id } = await post(author, topic.id, "Gone soon");
    const kept = await post(author, topic.id, "Staying");

    await deleteComment(author, id);

    const listed = await listTopicComments({ topicId: topic.id, sort: "newest"});
    expect(listed.comments.map((comment) => comment.id)).toEqual([kept.id]);
  });
});

describe("toggleHelpful", () => {
  it("marks and unmarks a comment, keeping the count on the comment", async () => {
    const topic = await createTopic(db());
    const { id } = await post(await createRegular(), topic.id, "Useful point");
    const first = await createUser(db());
    const second = await createUser(db());

    expect(await toggleHelpful(first, id)).toBe(true);
    expect(await toggleHelpful(second, id)).toBe(true);
    expect((await commentRow(id)).helpfulCount).toBe(2);

    const forFirst = await listTopicComments({ topicId: topic.id, sort: "helpful"});
    expect(forFirst.comments[0]).toMatchObject({ id, helpfulCount: 2 });
    expect((await getTopicViewerState(first.id, topic.slug))?.marked).toEqual([id]);

    expect(await toggleHelpful(first, id)).toBe(false);
    expect((await commentRow(id)).helpfulCount).toBe(1);
    expect(await db().select({ userId: commentHelpful.userId }).from(commentHelpful).where(eq(commentHelpful.commentId, id))).toEqual([{ userId: second.id }]);
    const again = await listTopicComments({ topicId: topic.id, sort: "helpful"});
    expect(again.comments[0]).toMatchObject({ id, helpfulCount: 1 });
    expect((await getTopicViewerState(first.id, topic.slug))?.marked).toEqual([]);
  });

  it("refuses one's own comment with ValidationError and a comment that is not published with NotFoundError", async () => {
    const topic = await createTopic(db());
    const author = await createRegular();
    const { id } = await post(author, topic.id, "Mine");
    const heldId = await insertComment({ topicId: topic.id, authorId: author.id, status: "held" });
    const reader = await createUser(db());

    await expect(toggleHelpful(author, id)).rejects.toThrow(ValidationError);
    await expect(toggleHelpful(reader, heldId)).rejects.toThrow(NotFoundError);
    expect((await commentRow(id)).helpfulCount).toBe(0);
    expect((await commentRow(heldId)).helpfulCount).toBe(0);
  });
});

describe("flagComment", () => {
  it("records a report once per person and counts reports on the comment", async () => {
    const topic = await createTopic(db());
    const { id } = await post(await createRegular(), topic.id, "Questionable");
    const first = await createUser(db());
    const second = await createUser(db());

    await flagComment(first, ZFlagInput.parse({ commentId: id, reason: "abusive", details: "  Rude to a neighbour  " }));
    await expect(flagComment(first, ZFlagInput.parse({ commentId: id, reason: "spam" }))).rejects.toThrow(ConflictError);
    await flagComment(second, ZFlagInput.parse({ commentId: id, reason: "spam" }));

    expect((await commentRow(id)).flagCount).toBe(2);
    const flags = await db()
      .select({ userId: commentFlags.userId, reason: commentFlags.reason, details: commentFlags.details })
      .from(commentFlags)
      .where(eq(commentFlags.commentId, id));
    expect(flags.sort((a, b) => (a.reason < b.reason ? -1 : 1))).toEqual([
      { userId: first.id, reason: "abusive", details: "Rude to a neighbour" },
      { userId: second.id, reason: "spam", details: null },
    ]);
  });

  it("refuses a report of one's own comment and of a comment that is not published", async () => {
    const topic = await createTopic(db());
    const author = await createRegular();
    const { id } = await post(author, topic.id, "Mine");
    const heldId = await insertComment({ topicId: topic.id, authorId: author.id, status: "held" });
    const reader = await createUser(db());

    await expect(flagComment(author, ZFlagInput.parse({ commentId: id, reason: "spam" }))).rejects.toThrow(ValidationError);
    await expect(flagComment(reader, ZFlagInput.parse({ commentId: heldId, reason: "spam" }))).rejects.toThrow(NotFoundError);
    expect((await commentRow(id)).flagCount).toBe(0);
    expect((await commentRow(heldId)).flagCount).toBe(0);
    expect(await db().select().from(commentFlags).where(inArray(commentFlags.commentId, [id, heldId]))).toEqual([]);
  });
});

describe("toggleFollow", () => {
  it("follows a topic and stops following it", async () => {
    const topic = await createTopic(db());
    const user = await createUser(db());
    const other = await createUser(db());

    const following = async (userId: string) => (await getTopicViewerState(userId, topic.slug))?.following;
    expect(await following(user.id)).toBe(false);
    expect(await toggleFollow(user, topic.id)).toBe(true);
    expect(await following(user.id)).toBe(true);
    expect(await following(other.id)).toBe(false);
    expect(await toggleFollow(user, topic.id)).toBe(false);
    expect(await following(user.id)).toBe(false);
  });

  it("follows a closed topic but refuses a draft or unknown one with NotFoundError", async () => {
    const user = await createUser(db());
    const closed = await createTopic(db(), { status: "closed" });
    const draft = await createTopic(db(), { status: "draft" });

    expect(await toggleFollow(user, closed.id)).toBe(true);
    await expect(toggleFollow(user, draft.id)).rejects.toThrow(NotFoundError);
    await expect(toggleFollow(user, UNKNOWN_ID)).rejects.toThrow(NotFoundError);
    expect((await getTopicViewerState(user.id, draft.slug))?.following).toBe(false);
  });
});
