import { randomUUID } from "node:crypto";
import { asc, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { comments } from "@/lib/db/schema";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import type { CommentView } from "@/lib/domain/comments/comment-view";
import { COMMENTS_PAGE_SIZE, listTopicComments } from "@/lib/server/comments/list-topic-comments";
import { getTopicViewerState } from "@/lib/server/comments/get-topic-viewer-state";
import type { TCommentSort } from "@/lib/validations/comment";
import { createRegularOn, insertComment, post } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, type TestTopic } from "@/tests/support/factories";

const db = () => getDb();

/** Comments made here only give people a history: they live on a topic no test lists. */
let historyTopic: TestTopic;

beforeAll(async () => {
  historyTopic = await createTopic(db());
});

const createRegular = (name?: string) => createRegularOn(historyTopic, name);

describe("listTopicComments", () => {
  const ids = (views: CommentView[]) => views.map((view) => view.id);

  it("nests replies under their comment, oldest first, with the author's name, the same for every reader", async () => {
    const topic = await createTopic(db());
    const alice = await createUser(db(), { name: "Alice" });
    const bob = await createUser(db(), { name: "Bob" });
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));
    const older = await insertComment({ topicId: topic.id, authorId: alice.id, body: "Older", createdAt: at(0) });
    const newer = await insertComment({ topicId: topic.id, authorId: bob.id, body: "Newer", createdAt: at(10) });
    const lateReply = await insertComment({ topicId: topic.id, authorId: alice.id, parentId: older, depth: 1, body: "Late reply", createdAt: at(5) });
    const earlyReply = await insertComment({ topicId: topic.id, authorId: bob.id, parentId: older, depth: 1, body: "Early reply", createdAt: at(1) });
    const deepReply = await insertComment({ topicId: topic.id, authorId: alice.id, parentId: earlyReply, depth: 2, body: "Deep reply", createdAt: at(2) });

    const newest = await listTopicComments({ topicId: topic.id, sort: "newest" });
    expect(ids(newest.comments)).toEqual([newer, older]);
    expect(newest.nextCursor).toBeNull();
    const olderView = newest.comments[1];
    expect(olderView && ids(olderView.replies)).toEqual([earlyReply, lateReply]);
    expect(olderView?.replies[0] && ids(olderView.replies[0].replies)).toEqual([deepReply]);
    expect(olderView?.replies[0]?.replies[0]).toMatchObject({ depth: 2, body: "Deep reply", authorName: "Alice", state: "published" });
    expect(newest.comments[0]).toMatchObject({ body: "Newer", authorName: "Bob", edited: false });
    expect(ids((await listTopicComments({ topicId: topic.id, sort: "oldest" })).comments)).toEqual([older, newer]);

    // What is Alice's own comes with her state, not the list: at 12:12 she may still edit all she wrote; at 12:16 only her replies from 12:02 and 12:05.
    const early = await getTopicViewerState(alice.id, topic.slug, at(12));
    expect(early?.own.toSorted()).toEqual([older, lateReply, deepReply].toSorted());
    expect(early?.editable.toSorted()).toEqual([older, lateReply, deepReply].toSorted());
    expect((await getTopicViewerState(alice.id, topic.slug, at(16)))?.editable.toSorted()).toEqual([lateReply, deepReply].toSorted());
  });

  it("never lists a held comment or reply: its author gets it with their own state", async () => {
    const topic = await createTopic(db());
    const author = await createUser(db());
    const reader = await createUser(db());
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 2, 12, minutes));
    const root = await insertComment({ topicId: topic.id, authorId: reader.id, body: "Published root", createdAt: at(0) });
    const heldRoot = await insertComment({ topicId: topic.id, authorId: author.id, status: "held", body: "Held root", createdAt: at(1) });
    const heldReply = await insertComment({ topicId: topic.id, authorId: author.id, status: "held", parentId: root, depth: 1, body: "Held reply", createdAt: at(2) });

    const listed = await listTopicComments({ topicId: topic.id, sort: "oldest" });
    expect(ids(listed.comments)).toEqual([root]);
    expect(listed.comments[0]?.replies).toEqual([]);
    expect((await getTopicViewerState(author.id, topic.slug))?.held.map((comment) => comment.id).sort()).toEqual([heldRoot, heldReply].sort());
    expect((await getTopicViewerState(reader.id, topic.slug))?.held).toEqual([]);
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

    const listed = await listTopicComments({ topicId: topic.id, sort: "oldest" });

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
        const page = await listTopicComments({ topicId: topic.id, sort, cursor});
        pages.push(ids(page.comments));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && pages.length < 5);

      expect(pages.map((page) => page.length)).toEqual([COMMENTS_PAGE_SIZE, COMMENTS_PAGE_SIZE, 20]);
      expect(pages.flat()).toEqual([...roots].sort(expectedOrder[sort]).map((root) => root.id));
    });

    it("starts again from the first page when the cursor is not one it wrote", async () => {
      const first = await listTopicComments({ topicId: topic.id, sort: "oldest" });
      const tampered = await listTopicComments({ topicId: topic.id, sort: "oldest", cursor: "tampered"});
      expect(ids(tampered.comments)).toEqual(ids(first.comments));
    });
  });
});

/** Follows nextCursor from the first page; stops after `maxPages` so a cursor that never ends fails the test instead of hanging it. */
async function allPages(topicId: string, sort: TCommentSort, maxPages = 5): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listTopicComments({ topicId, sort, cursor});
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

    // The same for every reader: the list has no viewer.
    const listed = await listTopicComments({ topicId: topic.id, sort: "oldest" });
    expect(listed.nextCursor).toBeNull();
    expect(listed.comments.map((view) => [view.id, view.depth, view.state, view.removedBy, view.body, view.authorName])).toEqual([[root.id, 0, "removed", "author", "", null]]);
    const replies = listed.comments[0]?.replies ?? [];
    expect(replies.map((view) => [view.id, view.depth, view.state, view.removedBy, view.body, view.authorName])).toEqual([[reply.id, 1, "removed", "author", "", null]]);
    expect(replies[0]?.replies.map((view) => [view.id, view.depth, view.state, view.body, view.authorName, view.replies])).toEqual([
      [deep.id, 2, "published", "Deep reply that stays", "Deep Author", []],
    ]);

    // With the last published comment gone too, nothing is left to show.
    await deleteComment(c, deep.id);
    expect((await listTopicComments({ topicId: topic.id, sort: "oldest"})).comments).toEqual([]);
  });
});
