import { randomUUID } from "node:crypto";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { commentFlags, commentHelpful, commentRevisions, comments, moderationWords } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { toggleFollow } from "@/lib/server/comments/follow-topic";
import { isFollowing } from "@/lib/server/comments/is-following";
import { COMMENTS_PAGE_SIZE, listTopicComments, type CommentView } from "@/lib/server/comments/list-topic-comments";
import { postComment } from "@/lib/server/comments/post-comment";
import { flagComment, toggleHelpful } from "@/lib/server/comments/react-to-comment";
import { ZCommentInput, ZEditCommentInput, ZFlagInput, type TCommentSort } from "@/lib/validations/comment";
import { createTopic, createUser, uniqueTag, type TestTopic } from "@/tests/support/factories";

const db = () => getDb();
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const MINUTE = 60_000;

type Status = (typeof comments.$inferSelect)["status"];

/** Comments made here only give people a history: they live on a topic no test lists. */
let historyTopic: TestTopic;
/** Word-list phrases this file added; removed again at the end (the list is shared by every topic). */
const addedPhrases: string[] = [];

beforeAll(async () => {
  historyTopic = await createTopic(db());
});

afterAll(async () => {
  if (addedPhrases.length) await db().delete(moderationWords).where(inArray(moderationWords.phrase, addedPhrases));
});

/** Writes a comment row directly: no rules, no rate limit. */
async function insertComment(values: {
  topicId: string;
  authorId: string | null;
  body?: string;
  status?: Status;
  parentId?: string | null;
  depth?: number;
  createdAt?: Date;
  helpfulCount?: number;
}): Promise<string> {
  const [row] = await db()
    .insert(comments)
    .values({ body: "Inserted by a test", status: "published", submissionKey: randomUUID(), ...values })
    .returning({ id: comments.id });
  if (!row) throw new Error("The comment was not inserted");
  return row.id;
}

/** A person who has commented before, so their next comment is not held as a first comment. */
async function createRegular(name = "Regular Commenter"): Promise<CurrentUser> {
  const user = await createUser(db(), { name });
  await insertComment({ topicId: historyTopic.id, authorId: user.id, body: "An earlier comment" });
  return user;
}

function post(user: CurrentUser, topicId: string, body: string, parentId: string | null = null, submissionKey = randomUUID()) {
  return postComment(user, { topicId, parentId, body, submissionKey });
}

async function commentRow(id: string) {
  const [row] = await db().select().from(comments).where(eq(comments.id, id));
  if (!row) throw new Error(`Comment ${id} is missing`);
  return row;
}

async function addPhrase(phrase: string): Promise<void> {
  await db().insert(moderationWords).values({ phrase });
  addedPhrases.push(phrase);
}

const commentsOnTopic = async (topicId: string) => db().select({ id: comments.id }).from(comments).where(eq(comments.topicId, topicId));

describe("comment validation", () => {
  const base = { topicId: randomUUID(), submissionKey: randomUUID() };

  it("refuses a body that is empty or only whitespace", () => {
    for (const body of ["", "   ", "\r\n\t \n"]) {
      const result = ZCommentInput.safeParse({ ...base, body });
      expect(result.success).toBe(false);
      expect(result.error?.flatten().fieldErrors.body).toEqual(["Enter your comment."]);
    }
  });

  it("accepts 2,000 characters and refuses 2,001", () => {
    expect(ZCommentInput.safeParse({ ...base, body: "a".repeat(2000) }).success).toBe(true);
    const result = ZCommentInput.safeParse({ ...base, body: "a".repeat(2001) });
    expect(result.success).toBe(false);
    expect(result.error?.flatten().fieldErrors.body).toEqual(["Your comment must be 2,000 characters or fewer."]);
    expect(ZEditCommentInput.safeParse({ commentId: randomUUID(), body: "a".repeat(2001) }).success).toBe(false);
  });

  it("normalises line endings to \\n and trims the body", () => {
    expect(ZCommentInput.parse({ ...base, body: "  First line\r\nSecond line\rThird line\n\n  " }).body).toBe("First line\nSecond line\nThird line");
    expect(ZEditCommentInput.parse({ commentId: randomUUID(), body: "a\r\nb" }).body).toBe("a\nb");
  });

  it("treats an empty or missing parent as a top-level comment and refuses ids that are not UUIDs", () => {
    expect(ZCommentInput.parse({ ...base, body: "x", parentId: "" }).parentId).toBeNull();
    expect(ZCommentInput.parse({ ...base, body: "x" }).parentId).toBeNull();
    expect(ZCommentInput.safeParse({ ...base, body: "x", parentId: "not-an-id" }).success).toBe(false);
    expect(ZCommentInput.safeParse({ ...base, body: "x", submissionKey: "" }).success).toBe(false);
  });

  it("leaves HTML and script text in a body alone", () => {
    const body = `<script>alert("x")</script><img src=x onerror="alert(1)">`;
    expect(ZCommentInput.parse({ ...base, body }).body).toBe(body);
  });

  it("requires a known reason to report a comment and keeps details to 500 characters", () => {
    expect(ZFlagInput.parse({ commentId: base.topicId, reason: "spam" })).toEqual({ commentId: base.topicId, reason: "spam", details: "" });
    expect(ZFlagInput.safeParse({ commentId: base.topicId, reason: "boring" }).success).toBe(false);
    expect(ZFlagInput.safeParse({ commentId: base.topicId, reason: "spam", details: "d".repeat(501) }).success).toBe(false);
  });
});

describe("postComment", () => {
  it("publishes a comment from someone who has commented before", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const submissionKey = randomUUID();

    const result = await post(user, topic.id, "Please add more benches.", null, submissionKey);

    expect(result.status).toBe("published");
    expect(await commentRow(result.id)).toMatchObject({
      topicId: topic.id,
      authorId: user.id,
      parentId: null,
      depth: 0,
      body: "Please add more benches.",
      status: "published",
      holdReason: null,
      helpfulCount: 0,
      flagCount: 0,
      submissionKey,
      editedAt: null,
    });
  });

  it("holds a person's first comment, then publishes the next one", async () => {
    const topic = await createTopic(db());
    const user = await createUser(db());

    const first = await post(user, topic.id, "My first comment");
    expect(first.status).toBe("held");
    expect(await commentRow(first.id)).toMatchObject({ status: "held", holdReason: "first_comment" });

    const second = await post(user, topic.id, "My second comment");
    expect(second.status).toBe("published");
    expect(await commentRow(second.id)).toMatchObject({ status: "published", holdReason: null });
  });

  it("still treats a comment as a first comment when the person's only earlier one was deleted", async () => {
    const topic = await createTopic(db());
    const user = await createUser(db());
    await insertComment({ topicId: historyTopic.id, authorId: user.id, body: "", status: "deleted" });

    const result = await post(user, topic.id, "Trying again");
    expect(result.status).toBe("held");
    expect((await commentRow(result.id)).holdReason).toBe("first_comment");
  });

  it("holds every comment on a pre-moderated topic", async () => {
    const topic = await createTopic(db(), { moderationMode: "pre" });
    const regular = await createRegular();
    const newcomer = await createUser(db());

    for (const user of [regular, newcomer]) {
      const result = await post(user, topic.id, "On a pre-moderated topic");
      expect(result.status).toBe("held");
      expect((await commentRow(result.id)).holdReason).toBe("pre_moderation");
    }
  });

  it("holds a comment that contains a listed phrase as whole words, ignoring case and extra spaces", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const word = uniqueTag("w");
    await addPhrase(`${word} nonsense`);

    const matching = await post(user, topic.id, `This is ${word.toUpperCase()}   Nonsense, frankly.`);
    expect(matching.status).toBe("held");
    expect((await commentRow(matching.id)).holdReason).toBe("word_list");

    const partWord = await post(user, topic.id, `This is x${word} nonsense, inside another word.`);
    expect(partWord.status).toBe("published");
    const otherWords = await post(user, topic.id, `Only ${word} here.`);
    expect(otherWords.status).toBe("published");
  });

  it("returns the first comment when the same form is submitted again", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const submissionKey = randomUUID();

    const first = await post(user, topic.id, "Submitted once", null, submissionKey);
    const again = await post(user, topic.id, "Submitted once, changed", null, submissionKey);

    expect(again).toEqual(first);
    expect(await commentsOnTopic(topic.id)).toEqual([{ id: first.id }]);
    expect((await commentRow(first.id)).body).toBe("Submitted once");

    // Another person's form key is their own.
    const other = await post(await createRegular(), topic.id, "Same key, different person", null, submissionKey);
    expect(other.id).not.toBe(first.id);
    expect(await commentsOnTopic(topic.id)).toHaveLength(2);
  });

  it("makes one comment when the same form is submitted twice at once", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const submissionKey = randomUUID();

    const [one, two] = await Promise.all([post(user, topic.id, "Double click", null, submissionKey), post(user, topic.id, "Double click", null, submissionKey)]);

    expect(one).toEqual(two);
    expect(await commentsOnTopic(topic.id)).toEqual([{ id: one.id }]);
  });

  it("stores script and HTML text verbatim, as plain text", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const body = `<script>alert("x")</script>\n<img src=x onerror="alert(1)"> &amp; <b>bold</b>`;

    const result = await post(user, topic.id, body);

    expect((await commentRow(result.id)).body).toBe(body);
    const listed = await listTopicComments({ topicId: topic.id, sort: "newest", viewerId: null });
    expect(listed.comments.map((comment) => comment.body)).toEqual([body]);
  });

  it("refuses an unknown topic, and a draft topic even with its real id, with NotFoundError", async () => {
    const draft = await createTopic(db(), { status: "draft" });
    const user = await createRegular();

    await expect(post(user, UNKNOWN_ID, "Nowhere")).rejects.toThrow(NotFoundError);
    await expect(post(user, draft.id, "On a draft")).rejects.toThrow(NotFoundError);
    expect(await commentsOnTopic(draft.id)).toEqual([]);
  });

  it.each(["closed", "outcome"] as const)("refuses a comment on a %s topic with ConflictError", async (status) => {
    const topic = await createTopic(db(), { status });
    const user = await createRegular();

    await expect(post(user, topic.id, "Too late")).rejects.toThrow(ConflictError);
    expect(await commentsOnTopic(topic.id)).toEqual([]);
  });

  it("nests replies up to three levels and refuses a fourth with ValidationError", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();

    const root = await post(user, topic.id, "Level one");
    const reply = await post(user, topic.id, "Level two", root.id);
    const replyToReply = await post(user, topic.id, "Level three", reply.id);

    expect(await commentRow(reply.id)).toMatchObject({ parentId: root.id, depth: 1, status: "published" });
    expect(await commentRow(replyToReply.id)).toMatchObject({ parentId: reply.id, depth: 2, status: "published" });
    await expect(post(user, topic.id, "Level four", replyToReply.id)).rejects.toThrow(ValidationError);
    expect(await commentsOnTopic(topic.id)).toHaveLength(3);
  });

  it.each(["held", "deleted", "hidden", "rejected"] as const)("refuses a reply to a %s comment with ValidationError", async (status) => {
    const topic = await createTopic(db());
    const parentId = await insertComment({ topicId: topic.id, authorId: (await createRegular()).id, status });
    const user = await createRegular();

    await expect(post(user, topic.id, "A reply", parentId)).rejects.toThrow(ValidationError);
    expect(await commentsOnTopic(topic.id)).toHaveLength(1);
  });

  it("refuses a reply to a comment on another topic, or to an unknown comment, and saves nothing", async () => {
    const topic = await createTopic(db());
    const elsewhere = await createTopic(db());
    const parentId = await insertComment({ topicId: elsewhere.id, authorId: (await createRegular()).id });
    const user = await createRegular();

    // The parent is not in this topic: refused as not found (the id does not belong here).
    await expect(post(user, topic.id, "Crossing topics", parentId)).rejects.toThrow(NotFoundError);
    await expect(post(user, topic.id, "To nobody", UNKNOWN_ID)).rejects.toThrow(NotFoundError);
    expect(await commentsOnTopic(topic.id)).toEqual([]);
  });

  it("allows 10 comments a minute per person, then refuses with RateLimitedError", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const keys = Array.from({ length: 10 }, () => randomUUID());
    for (const [index, submissionKey] of keys.entries()) {
      await post(user, topic.id, `Comment ${index}`, null, submissionKey);
    }

    const error = await post(user, topic.id, "One too many").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error instanceof RateLimitedError && error.retryAfterSeconds).toBeGreaterThan(0);
    expect(await commentsOnTopic(topic.id)).toHaveLength(10);

    // A repeated form is answered with its comment even now; another person is not held up.
    expect((await post(user, topic.id, "Comment 0", null, keys[0])).status).toBe("published");
    expect((await post(await createRegular(), topic.id, "Someone else")).status).toBe("published");
  });
});

describe("editComment", () => {
  it("rewords a comment, keeps the earlier wording as a revision and marks it edited", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const { id } = await post(user, topic.id, "Original words");
    const now = new Date();

    await editComment(user, { commentId: id, body: "Better words" }, now);

    expect(await commentRow(id)).toMatchObject({ body: "Better words", status: "published", editedAt: now });
    expect(await db().select({ body: commentRevisions.body }).from(commentRevisions).where(eq(commentRevisions.commentId, id))).toEqual([{ body: "Original words" }]);
    const listed = await listTopicComments({ topicId: topic.id, sort: "newest", viewerId: null });
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

    const listed = await listTopicComments({ topicId: topic.id, sort: "newest", viewerId: author.id });
    expect(listed.comments).toHaveLength(1);
    expect(listed.comments[0]).toMatchObject({ id, state: "removed", removedBy: "author", body: "", authorName: null, helpfulCount: 0, canEdit: false });
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

    const listed = await listTopicComments({ topicId: topic.id, sort: "newest", viewerId: author.id });
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

    const forFirst = await listTopicComments({ topicId: topic.id, sort: "helpful", viewerId: first.id });
    expect(forFirst.comments[0]).toMatchObject({ id, helpfulCount: 2, markedHelpful: true });

    expect(await toggleHelpful(first, id)).toBe(false);
    expect((await commentRow(id)).helpfulCount).toBe(1);
    expect(await db().select({ userId: commentHelpful.userId }).from(commentHelpful).where(eq(commentHelpful.commentId, id))).toEqual([{ userId: second.id }]);
    const again = await listTopicComments({ topicId: topic.id, sort: "helpful", viewerId: first.id });
    expect(again.comments[0]).toMatchObject({ id, helpfulCount: 1, markedHelpful: false });
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

describe("toggleFollow and isFollowing", () => {
  it("follows a topic and stops following it", async () => {
    const topic = await createTopic(db());
    const user = await createUser(db());
    const other = await createUser(db());

    expect(await isFollowing(topic.id, user.id)).toBe(false);
    expect(await toggleFollow(user, topic.id)).toBe(true);
    expect(await isFollowing(topic.id, user.id)).toBe(true);
    expect(await isFollowing(topic.id, other.id)).toBe(false);
    expect(await toggleFollow(user, topic.id)).toBe(false);
    expect(await isFollowing(topic.id, user.id)).toBe(false);
  });

  it("follows a closed topic but refuses a draft or unknown one with NotFoundError", async () => {
    const user = await createUser(db());
    const closed = await createTopic(db(), { status: "closed" });
    const draft = await createTopic(db(), { status: "draft" });

    expect(await toggleFollow(user, closed.id)).toBe(true);
    await expect(toggleFollow(user, draft.id)).rejects.toThrow(NotFoundError);
    await expect(toggleFollow(user, UNKNOWN_ID)).rejects.toThrow(NotFoundError);
    expect(await isFollowing(draft.id, user.id)).toBe(false);
  });
});

describe("listTopicComments", () => {
  const ids = (views: CommentView[]) => views.map((view) => view.id);

  it("nests replies under their comment, oldest first, with the author's name and ownership", async () => {
    const topic = await createTopic(db());
    const alice = await createUser(db(), { name: "Alice" });
    const bob = await createUser(db(), { name: "Bob" });
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));
    const older = await insertComment({ topicId: topic.id, authorId: alice.id, body: "Older", createdAt: at(0) });
    const newer = await insertComment({ topicId: topic.id, authorId: bob.id, body: "Newer", createdAt: at(10) });
    const lateReply = await insertComment({ topicId: topic.id, authorId: alice.id, parentId: older, depth: 1, body: "Late reply", createdAt: at(5) });
    const earlyReply = await insertComment({ topicId: topic.id, authorId: bob.id, parentId: older, depth: 1, body: "Early reply", createdAt: at(1) });
    const deepReply = await insertComment({ topicId: topic.id, authorId: alice.id, parentId: earlyReply, depth: 2, body: "Deep reply", createdAt: at(2) });

    const newest = await listTopicComments({ topicId: topic.id, sort: "newest", viewerId: alice.id, now: at(12) });
    expect(ids(newest.comments)).toEqual([newer, older]);
    expect(newest.nextCursor).toBeNull();
    const olderView = newest.comments[1];
    expect(olderView && ids(olderView.replies)).toEqual([earlyReply, lateReply]);
    expect(olderView?.replies[0] && ids(olderView.replies[0].replies)).toEqual([deepReply]);
    expect(olderView?.replies[0]?.replies[0]).toMatchObject({ depth: 2, body: "Deep reply", authorName: "Alice", isOwn: true, state: "published" });
    expect(newest.comments[0]).toMatchObject({ body: "Newer", authorName: "Bob", isOwn: false, canEdit: false, edited: false });
    // At 12:12 Alice may still edit all she wrote; at 12:16 only her reply from 12:05.
    expect(olderView?.replies[1]).toMatchObject({ isOwn: true, canEdit: true });
    const later = await listTopicComments({ topicId: topic.id, sort: "oldest", viewerId: alice.id, now: at(16) });
    expect(later.comments.map((view) => view.canEdit)).toEqual([false, false]);
    expect(later.comments[0]?.replies.map((view) => view.canEdit)).toEqual([false, true]);

    const anonymous = await listTopicComments({ topicId: topic.id, sort: "oldest", viewerId: null });
    expect(ids(anonymous.comments)).toEqual([older, newer]);
    expect(anonymous.comments.every((view) => !view.isOwn && !view.canEdit && !view.markedHelpful)).toBe(true);
  });

  it("shows a held comment or reply only to its author", async () => {
    const topic = await createTopic(db());
    const author = await createUser(db());
    const reader = await createUser(db());
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 2, 12, minutes));
    const root = await insertComment({ topicId: topic.id, authorId: reader.id, body: "Published root", createdAt: at(0) });
    const heldRoot = await insertComment({ topicId: topic.id, authorId: author.id, status: "held", body: "Held root", createdAt: at(1) });
    const heldReply = await insertComment({ topicId: topic.id, authorId: author.id, status: "held", parentId: root, depth: 1, body: "Held reply", createdAt: at(2) });

    const forAuthor = await listTopicComments({ topicId: topic.id, sort: "oldest", viewerId: author.id });
    expect(ids(forAuthor.comments)).toEqual([root, heldRoot]);
    expect(forAuthor.comments[1]).toMatchObject({ state: "held", body: "Held root", isOwn: true });
    expect(forAuthor.comments[0]?.replies.map((view) => [view.id, view.state])).toEqual([[heldReply, "held"]]);

    for (const viewerId of [reader.id, null]) {
      const listed = await listTopicComments({ topicId: topic.id, sort: "oldest", viewerId });
      expect(ids(listed.comments)).toEqual([root]);
      expect(listed.comments[0]?.replies).toEqual([]);
    }
  });

  it("shows removed comments only as placeholders, and only where a published reply hangs from them", async () => {
    const topic = await createTopic(db());
    const author = await createUser(db(), { name: "Removed Author" });
    const replier = await createUser(db(), { name: "Replier" });
    const at = (minutes: number) => new Date(Date.UTC(2026, 1, 1, 9, minutes));
    const placeholders: string[] = [];
    for (const [index, status] of (["deleted", "hidden", "rejected"] as const).entries()) {
      const removed = await insertComment({ topicId: topic.id, authorId: author.id, status, body: `Secret ${status}`, createdAt: at(index), helpfulCount: 4 });
      await insertComment({ topicId: topic.id, authorId: replier.id, parentId: removed, depth: 1, body: `Reply to ${status}`, createdAt: at(index + 10) });
      placeholders.push(removed);
      // The same, but with only a held reply: nothing to show.
      const alone = await insertComment({ topicId: topic.id, authorId: author.id, status, body: `Alone ${status}`, createdAt: at(index + 20) });
      await insertComment({ topicId: topic.id, authorId: replier.id, status: "held", parentId: alone, depth: 1, body: "Held reply" });
    }

    const listed = await listTopicComments({ topicId: topic.id, sort: "oldest", viewerId: author.id });

    expect(ids(listed.comments)).toEqual(placeholders);
    expect(listed.comments.map((view) => [view.state, view.removedBy, view.body, view.authorName, view.helpfulCount])).toEqual([
      ["removed", "author", "", null, 0],
      ["removed", "moderator", "", null, 0],
      ["removed", "moderator", "", null, 0],
    ]);
    expect(listed.comments.map((view) => view.replies.map((reply) => reply.body))).toEqual([["Reply to deleted"], ["Reply to hidden"], ["Reply to rejected"]]);
  });

  describe("paging", () => {
    type Root = { id: string; createdAt: Date; helpfulCount: number };
    let topic: TestTopic;
    const roots: Root[] = [];

    // 120 published roots: created_at in groups of seven equal times, helpful counts 0-3, so every
    // sort order has ties that only the id settles. Also some roots that must never be listed.
    beforeAll(async () => {
      topic = await createTopic(db());
      const author = await createUser(db());
      const base = Date.UTC(2026, 2, 1, 8, 0);
      const values = Array.from({ length: 120 }, (_, index) => ({
        topicId: topic.id,
        authorId: author.id,
        body: `Root ${index}`,
        status: "published" as const,
        submissionKey: randomUUID(),
        createdAt: new Date(base + Math.floor(index / 7) * 1000),
        helpfulCount: (index * 7) % 4,
      }));
      const inserted = await db().insert(comments).values(values).returning({ id: comments.id, createdAt: comments.createdAt, helpfulCount: comments.helpfulCount });
      roots.push(...inserted);
      await db()
        .insert(comments)
        .values(
          (["held", "deleted", "hidden", "rejected"] as const).map((status) => ({
            topicId: topic.id,
            authorId: author.id,
            body: `Not listed: ${status}`,
            status,
            submissionKey: randomUUID(),
            createdAt: new Date(base + 5000),
            helpfulCount: 2,
          })),
        );
    });

    const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
    const expectedOrder: Record<TCommentSort, (a: Root, b: Root) => number> = {
      oldest: (a, b) => compare(a.createdAt.getTime(), b.createdAt.getTime()) || compare(a.id, b.id),
      newest: (a, b) => compare(b.createdAt.getTime(), a.createdAt.getTime()) || compare(b.id, a.id),
      helpful: (a, b) => compare(b.helpfulCount, a.helpfulCount) || compare(b.createdAt.getTime(), a.createdAt.getTime()) || compare(b.id, a.id),
    };

    it.each(["newest", "oldest", "helpful"] as const)("returns every comment exactly once, in order, 50 at a time (%s)", async (sort) => {
      const pages: string[][] = [];
      let cursor: string | undefined;
      do {
        const page = await listTopicComments({ topicId: topic.id, sort, cursor, viewerId: null });
        pages.push(ids(page.comments));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && pages.length < 5);

      expect(pages.map((page) => page.length)).toEqual([COMMENTS_PAGE_SIZE, COMMENTS_PAGE_SIZE, 20]);
      expect(pages.flat()).toEqual([...roots].sort(expectedOrder[sort]).map((root) => root.id));
    });

    it("starts again from the first page when the cursor is not one it wrote", async () => {
      const first = await listTopicComments({ topicId: topic.id, sort: "oldest", viewerId: null });
      const tampered = await listTopicComments({ topicId: topic.id, sort: "oldest", cursor: "tampered", viewerId: null });
      expect(ids(tampered.comments)).toEqual(ids(first.comments));
    });
  });
});

/** Follows nextCursor from the first page; stops after `maxPages` so a cursor that never ends fails the test instead of hanging it. */
async function allPages(topicId: string, sort: TCommentSort, maxPages = 5): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listTopicComments({ topicId, sort, cursor, viewerId: null });
    pages.push(page.comments.map((view) => view.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < maxPages);
  return pages;
}

/** The order each sort promises, asked of the database itself (it sees created_at at its full stored precision). */
const rootsInOrder = async (topicId: string, sort: TCommentSort) =>
  (
    await db()
      .select({ id: comments.id })
      .from(comments)
      .where(eq(comments.topicId, topicId))
      .orderBy(
        ...(sort === "oldest"
          ? [asc(comments.createdAt), asc(comments.id)]
          : sort === "newest"
            ? [desc(comments.createdAt), desc(comments.id)]
            : [desc(comments.helpfulCount), desc(comments.createdAt), desc(comments.id)]),
      )
  ).map((row) => row.id);

describe("regression: paging when created_at is finer than the cursor's milliseconds", () => {
  let topic: TestTopic;
  let inserted: string[];

  // 51 roots written with microsecond times 7µs apart, all inside one millisecond. Before comments.created_at
  // was timestamp(3) they were stored as given, while the cursor (a JavaScript Date) kept only
  // 10:00:00.001: "oldest" then served the same 50 again and again, "newest" and "helpful" lost the last root.
  beforeAll(async () => {
    topic = await createTopic(db());
    const author = await createUser(db());
    const rows = await db()
      .insert(comments)
      .values(
        Array.from({ length: COMMENTS_PAGE_SIZE + 1 }, (_, index) => ({
          topicId: topic.id,
          authorId: author.id,
          body: `Microsecond root ${index}`,
          status: "published" as const,
          submissionKey: randomUUID(),
          createdAt: sql`${`2026-05-01T10:00:00.${String(1007 + 7 * index).padStart(6, "0")}Z`}::timestamptz`,
          helpfulCount: index % 3,
        })),
      )
      .returning({ id: comments.id });
    inserted = rows.map((row) => row.id);
  });

  it.each(["oldest", "newest", "helpful"] as const)("lists every root exactly once and then stops (%s)", async (sort) => {
    const pages = await allPages(topic.id, sort);

    expect(pages.map((page) => page.length)).toEqual([COMMENTS_PAGE_SIZE, 1]);
    const listed = pages.flat();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...inserted].sort());
    expect(listed).toEqual(await rootsInOrder(topic.id, sort));
  });

  it("pages through 54 comments posted by six people, oldest first, each exactly once", async () => {
    const realTopic = await createTopic(db());
    // Regulars, so nothing is held as a first comment; 9 each stays under 10 comments a minute.
    const people = await Promise.all(Array.from({ length: 6 }, (_, index) => createRegular(`Poster ${index}`)));
    const posted: string[] = [];
    for (let round = 0; round < 9; round += 1) {
      for (const [index, person] of people.entries()) {
        const result = await post(person, realTopic.id, `Round ${round} from poster ${index}`);
        expect(result.status).toBe("published");
        posted.push(result.id);
      }
    }

    const pages = await allPages(realTopic.id, "oldest");

    expect(pages.map((page) => page.length)).toEqual([COMMENTS_PAGE_SIZE, 4]);
    const listed = pages.flat();
    expect(new Set(listed).size).toBe(54);
    expect([...listed].sort()).toEqual([...posted].sort());
    expect(listed).toEqual(await rootsInOrder(realTopic.id, "oldest"));
  });
});

describe("regression: removed comments two levels above a published reply", () => {
  it("shows a deleted root and a deleted reply as placeholders above the published reply to the reply", async () => {
    const topic = await createTopic(db());
    const a = await createRegular("Root Author");
    const b = await createRegular("Reply Author");
    const c = await createRegular("Deep Author");
    const root = await post(a, topic.id, "Root words");
    const reply = await post(b, topic.id, "Reply words", root.id);
    const deep = await post(c, topic.id, "Deep reply that stays", reply.id);

    await deleteComment(b, reply.id);
    await deleteComment(a, root.id);

    for (const viewer of [null, a, c]) {
      const listed = await listTopicComments({ topicId: topic.id, sort: "oldest", viewerId: viewer?.id ?? null });
      expect(listed.nextCursor).toBeNull();
      expect(listed.comments.map((view) => [view.id, view.depth, view.state, view.removedBy, view.body, view.authorName])).toEqual([[root.id, 0, "removed", "author", "", null]]);
      const replies = listed.comments[0]?.replies ?? [];
      expect(replies.map((view) => [view.id, view.depth, view.state, view.removedBy, view.body, view.authorName])).toEqual([[reply.id, 1, "removed", "author", "", null]]);
      expect(replies[0]?.replies.map((view) => [view.id, view.depth, view.state, view.body, view.authorName, view.replies])).toEqual([
        [deep.id, 2, "published", "Deep reply that stays", "Deep Author", []],
      ]);
    }

    // With the last published comment gone too, nothing is left to show.
    await deleteComment(c, deep.id);
    expect((await listTopicComments({ topicId: topic.id, sort: "oldest", viewerId: null })).comments).toEqual([]);
  });
});
