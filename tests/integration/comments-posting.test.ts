import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { comments } from "@/lib/db/schema";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { listTopicComments } from "@/lib/server/comments/list-topic-comments";
import { ZCommentInput, ZEditCommentInput, ZFlagInput } from "@/lib/validations/comment";
import { addWordListPhrase, commentRow, createRegularOn, insertComment, post, removeWordListPhrases } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, rateLimitSpent, uniqueTag, type TestTopic } from "@/tests/support/factories";
import { enIssues } from "@/tests/support/messages";

const db = () => getDb();
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

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

const commentsOnTopic = async (topicId: string) => db().select({ id: comments.id }).from(comments).where(eq(comments.topicId, topicId));

describe("comment validation", () => {
  const base = { topicId: randomUUID(), submissionKey: randomUUID() };

  it("refuses a body that is empty or only whitespace", () => {
    for (const body of ["", "   ", "\r\n\t \n"]) {
      const result = ZCommentInput.safeParse({ ...base, body });
      expect(result.success).toBe(false);
      expect(enIssues(result.error)?.body).toEqual(["Enter your comment."]);
    }
  });

  it("accepts 2,000 characters and refuses 2,001", () => {
    expect(ZCommentInput.safeParse({ ...base, body: "a".repeat(2000) }).success).toBe(true);
    const result = ZCommentInput.safeParse({ ...base, body: "a".repeat(2001) });
    expect(result.success).toBe(false);
    expect(enIssues(result.error)?.body).toEqual(["Your comment must be 2,000 characters or fewer."]);
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

  it("holds a person's comments until one of them is published, then publishes the next", async () => {
    const topic = await createTopic(db());
    const user = await createUser(db());

    const first = await post(user, topic.id, "My first comment");
    expect(first.status).toBe("held");
    expect(await commentRow(first.id)).toMatchObject({ status: "held", holdReason: "first_comment" });

    // A comment waiting for a moderator earns no trust: the second is held too.
    const whileHeld = await post(user, topic.id, "Posted while the first waits");
    expect(whileHeld.status).toBe("held");
    expect(await commentRow(whileHeld.id)).toMatchObject({ status: "held", holdReason: "first_comment" });

    await db().update(comments).set({ status: "published", holdReason: null }).where(eq(comments.id, first.id));
    const afterApproval = await post(user, topic.id, "Posted after a moderator approved the first");
    expect(afterApproval.status).toBe("published");
    expect(await commentRow(afterApproval.id)).toMatchObject({ status: "published", holdReason: null });
  });

  it.each(["rejected", "hidden"] as const)("still holds a person whose only earlier comment was %s", async (status) => {
    const topic = await createTopic(db());
    const user = await createUser(db());
    await insertComment({ topicId: historyTopic.id, authorId: user.id, body: "Not published", status });

    const result = await post(user, topic.id, "Trying again");
    expect(await commentRow(result.id)).toMatchObject({ status: "held", holdReason: "first_comment" });
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

  it("makes one comment, and spends one unit of the rate budget, when the same form is submitted five times at once", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const submissionKey = randomUUID();

    const spentBefore = await rateLimitSpent(db(), `comment:${user.id}`);
    const [one, ...others] = await Promise.all([1, 2, 3, 4, 5].map(() => post(user, topic.id, "Double click", null, submissionKey)));

    for (const other of others) expect(other).toEqual(one);
    expect(await commentsOnTopic(topic.id)).toEqual([{ id: one?.id }]);
    // One comment made, one unit of the person's rate budget spent.
    expect(await rateLimitSpent(db(), `comment:${user.id}`)).toBe(spentBefore + 1);
  });

  it("stores script and HTML text verbatim, as plain text", async () => {
    const topic = await createTopic(db());
    const user = await createRegular();
    const body = `<script>alert("x")</script>\n<img src=x onerror="alert(1)"> &amp; <b>bold</b>`;

    const result = await post(user, topic.id, body);

    expect((await commentRow(result.id)).body).toBe(body);
    const listed = await listTopicComments({ topicId: topic.id, sort: "newest"});
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
