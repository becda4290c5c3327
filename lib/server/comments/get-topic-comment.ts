import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { comments, topics, users } from "@/lib/db/schema";
import { MAX_DEPTH, withinEditWindow } from "@/lib/domain/comments/comment-rules";
import { NotFoundError } from "@/lib/errors";
import { knownLocale, type Locale } from "@/lib/i18n/locales";

export type TopicComment = {
  topic: { id: string; slug: string; title: string; open: boolean };
  comment: {
    id: string;
    /** What the reader may see of it: published, their own (published or waiting for a moderator), their own deleted, or gone. */
    shown: "published" | "held" | "deleted" | "gone";
    isOwn: boolean;
    canEdit: boolean;
    canReply: boolean;
    body: string;
    locale: Locale;
    authorName: string | null;
    createdAt: Date;
  };
};

/**
 * One comment of a published topic, for the pages that reply to, report, edit or delete it: the
 * reader sees its words only where the discussion would show them. NotFoundError when the topic is
 * not public or the comment is not on it.
 */
export async function getTopicComment(slug: string, commentId: string, viewerId: string, now = new Date()): Promise<TopicComment> {
  const [row] = await getDb()
    .select({
      topicId: topics.id,
      title: topics.title,
      topicStatus: topics.status,
      id: comments.id,
      status: comments.status,
      authorId: comments.authorId,
      authorName: users.name,
      body: comments.body,
      locale: comments.locale,
      depth: comments.depth,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(topics, eq(topics.id, comments.topicId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.id, commentId), eq(topics.slug, slug)));
  if (!row || row.topicStatus === "draft") throw new NotFoundError("problems.comment.notFound");
  const isOwn = row.authorId === viewerId;
  const shown = row.status === "published" ? "published" : isOwn && (row.status === "held" || row.status === "deleted") ? row.status : "gone";
  const visible = shown === "published" || shown === "held";
  return {
    topic: { id: row.topicId, slug, title: row.title, open: row.topicStatus === "open" },
    comment: {
      id: row.id,
      shown,
      isOwn,
      canEdit: isOwn && visible && withinEditWindow(row.createdAt, now),
      canReply: shown === "published" && row.depth < MAX_DEPTH,
      body: visible ? row.body : "",
      locale: knownLocale(row.locale),
      authorName: visible ? (row.authorName ?? null) : null,
      createdAt: row.createdAt,
    },
  };
}
