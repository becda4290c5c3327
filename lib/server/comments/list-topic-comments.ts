import "server-only";
import type { CommentView } from "@/lib/domain/comments/comment-view";
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { comments, users } from "@/lib/db/schema";
import type { TCommentSort } from "@/lib/validations/comment";
import { decodeCursor, encodeCursor } from "@/lib/domain/comments/comment-cursor";
import { knownLocale, type Locale } from "@/lib/i18n/locales";

export const COMMENTS_PAGE_SIZE = 50;

/**
 * A removed comment still shows as a placeholder when a published reply hangs below it, at any depth.
 * Written as scalar subqueries with LIMIT 1 rather than EXISTS: inside an OR, Postgres may run an
 * EXISTS as a hashed subplan that reads every comment in the table, on every page view; these probe
 * comments_parent_idx for the few removed comments only.
 */
const hasPublishedReply = sql`coalesce((
  select true from ${comments} as reply
  where reply.parent_id = ${comments.id}
    and (reply.status = 'published'
      or coalesce((select true from ${comments} as grandchild where grandchild.parent_id = reply.id and grandchild.status = 'published' limit 1), false))
  limit 1), false)`;

/**
 * With the language filter: a comment written in that language, or one that leads to a published
 * reply in it (shown for context, so a reply is never cut off from what it answers).
 */
function inLanguage(locale: Locale): SQL {
  return sql`(${comments.locale} = ${locale} or coalesce((
    select true from ${comments} as reply
    where reply.parent_id = ${comments.id} and reply.status = 'published'
      and (reply.locale = ${locale}
        or coalesce((select true from ${comments} as grandchild where grandchild.parent_id = reply.id and grandchild.status = 'published' and grandchild.locale = ${locale} limit 1), false))
    limit 1), false))`;
}

/** Published comments, and removed ones as placeholders where a published reply hangs from them. */
const shown: SQL = or(eq(comments.status, "published"), and(inArray(comments.status, ["deleted", "hidden", "rejected"]), hasPublishedReply)) ?? sql`false`;

const columns = {
  id: comments.id,
  parentId: comments.parentId,
  depth: comments.depth,
  body: comments.body,
  locale: comments.locale,
  status: comments.status,
  authorName: users.name,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  helpfulCount: comments.helpfulCount,
};

function keysetAfter(sort: TCommentSort, cursorValue: string | undefined): SQL | undefined {
  const cursor = decodeCursor(cursorValue);
  if (!cursor) return undefined;
  const at = sql`${cursor.createdAt}::timestamptz`;
  const id = sql`${cursor.id}::uuid`;
  if (sort === "oldest") return sql`(${comments.createdAt}, ${comments.id}) > (${at}, ${id})`;
  if (sort === "newest") return sql`(${comments.createdAt}, ${comments.id}) < (${at}, ${id})`;
  return sql`(${comments.helpfulCount}, ${comments.createdAt}, ${comments.id}) < (${cursor.helpful}, ${at}, ${id})`;
}

function ordering(sort: TCommentSort) {
  if (sort === "oldest") return [asc(comments.createdAt), asc(comments.id)];
  if (sort === "newest") return [desc(comments.createdAt), desc(comments.id)];
  return [desc(comments.helpfulCount), desc(comments.createdAt), desc(comments.id)];
}

/**
 * One page of a topic's discussion: 50 top-level comments in the chosen order (keyset pagination),
 * each with its replies oldest first. It is the same for every reader (the page cache shares it):
 * removed comments appear only as placeholders where replies hang from them, and what is a reader's
 * own (their marks, their held comments, what they may edit) comes from getTopicViewerState.
 */
export async function listTopicComments(options: { topicId: string; sort: TCommentSort; cursor?: string; language?: Locale }) {
  const db = getDb();
  const base = db.select(columns).from(comments).leftJoin(users, eq(users.id, comments.authorId));
  const language = options.language ? inLanguage(options.language) : undefined;
  const roots = await base
    .where(and(eq(comments.topicId, options.topicId), eq(comments.depth, 0), shown, language, keysetAfter(options.sort, options.cursor)))
    .orderBy(...ordering(options.sort))
    .limit(COMMENTS_PAGE_SIZE + 1);
  const page = roots.slice(0, COMMENTS_PAGE_SIZE);

  const replies: typeof page = [];
  let parents = page.map((row) => row.id);
  while (parents.length > 0) {
    const level = await db
      .select(columns)
      .from(comments)
      .leftJoin(users, eq(users.id, comments.authorId))
      .where(and(inArray(comments.parentId, parents), shown, language))
      .orderBy(asc(comments.createdAt), asc(comments.id));
    replies.push(...level);
    parents = level.map((row) => row.id);
  }

  const toView = (row: (typeof page)[number]): CommentView => {
    const removed = row.status === "deleted" || row.status === "hidden" || row.status === "rejected";
    return {
      id: row.id,
      depth: row.depth,
      state: removed ? "removed" : "published",
      removedBy: removed ? (row.status === "deleted" ? "author" : "moderator") : null,
      body: removed ? "" : row.body,
      locale: knownLocale(row.locale),
      authorName: removed ? null : (row.authorName ?? null),
      createdAt: row.createdAt,
      edited: row.editedAt !== null,
      helpfulCount: removed ? 0 : row.helpfulCount,
      replies: [],
    };
  };
  const byId = new Map<string, CommentView>();
  const top = page.map((row) => {
    const view = toView(row);
    byId.set(row.id, view);
    return view;
  });
  for (const row of replies) {
    const view = toView(row);
    byId.set(row.id, view);
    if (row.parentId) byId.get(row.parentId)?.replies.push(view);
  }
  const last = page.at(-1);
  const nextCursor = roots.length > COMMENTS_PAGE_SIZE && last ? encodeCursor({ helpful: last.helpfulCount, createdAt: last.createdAt.toISOString(), id: last.id }) : null;
  return { comments: top, nextCursor };
}
