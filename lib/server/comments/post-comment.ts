import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { comments, moderationWords, topics } from "@/lib/db/schema";
import { ConflictError, fieldProblem, NotFoundError, ValidationError } from "@/lib/errors";
import { findListedPhrase } from "@/lib/domain/moderation/word-list";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TCommentInput } from "@/lib/validations/comment";
import { COMMENT_RATE, MAX_DEPTH } from "@/lib/domain/comments/comment-rules";

export type PostedComment = { id: string; status: "published" | "held" };

const posted = (id: string, status: string | null): PostedComment => ({ id, status: status === "published" ? "published" : "held" });

/**
 * A signed-in person comments on an open topic or replies to a published comment. The comment is
 * held for a moderator when the topic is pre-moderated, while none of the person's comments has been
 * published (a first comment, and any posted while it waits), or when it matches the word list. A
 * repeated submission (same form key) returns the first comment.
 */
export async function postComment(user: CurrentUser, input: TCommentInput): Promise<PostedComment> {
  return getDb().transaction(async (tx) => {
    /** The comment this form already made, if any: a repeated submission returns it. */
    const mine = and(eq(comments.authorId, user.id), eq(comments.submissionKey, input.submissionKey));
    const earlierSubmission = async (): Promise<PostedComment | null> => {
      const [row] = await tx.select({ id: comments.id, status: comments.status }).from(comments).where(mine);
      return row ? posted(row.id, row.status) : null;
    };
    // One round trip for everything the decision needs: the topic, the comment this form already
    // made (a repeat returns it, before the rate limit counts it), whether this is the person's first
    // comment, and the officers' word list.
    const [topic] = await tx
      .select({
        status: topics.status,
        moderationMode: topics.moderationMode,
        earlierId: sql<string | null>`(select ${comments.id} from ${comments} where ${mine})`,
        earlierStatus: sql<string | null>`(select ${comments.status} from ${comments} where ${mine})`,
        // Only a comment a reader can see earns trust: one still held, rejected or hidden does not.
        hasPublished: sql<boolean>`exists (select 1 from ${comments} where ${comments.authorId} = ${user.id} and ${comments.status} = 'published')`,
        words: sql<string[]>`coalesce((select array_agg(${moderationWords.phrase}) from ${moderationWords}), '{}')`,
      })
      .from(topics)
      .where(eq(topics.id, input.topicId));
    if (topic?.earlierId) return posted(topic.earlierId, topic.earlierStatus);
    if (!topic || topic.status === "draft") throw new NotFoundError("problems.topic.notFound");
    if (topic.status !== "open") throw new ConflictError("problems.comment.topicClosed");

    let depth = 0;
    if (input.parentId) {
      const [parent] = await tx
        .select({ topicId: comments.topicId, status: comments.status, depth: comments.depth })
        .from(comments)
        .where(eq(comments.id, input.parentId));
      if (!parent || parent.topicId !== input.topicId) throw new NotFoundError("problems.comment.parentNotFound");
      if (parent.status !== "published") throw new ValidationError("problems.comment.parentNotPublished", fieldProblem("body", "validation.comment.cannotReply"));
      if (parent.depth >= MAX_DEPTH) throw new ValidationError("problems.comment.tooDeep", fieldProblem("body", "validation.comment.replyAbove"));
      depth = parent.depth + 1;
    }

    const holdReason =
      topic.moderationMode === "pre"
        ? "pre_moderation"
        : !topic.hasPublished
          ? "first_comment"
          : findListedPhrase(input.body, topic.words) !== null
            ? "word_list"
            : null;

    const [created] = await tx
      .insert(comments)
      .values({
        topicId: input.topicId,
        authorId: user.id,
        parentId: input.parentId,
        depth,
        body: input.body,
        locale: input.locale ?? "en",
        status: holdReason ? "held" : "published",
        holdReason,
        submissionKey: input.submissionKey,
      })
      .onConflictDoNothing({ target: [comments.authorId, comments.submissionKey] })
      .returning({ id: comments.id });
    if (!created) {
      // The same form was submitted twice at once: the other submission made the comment.
      const first = await earlierSubmission();
      if (!first) throw new ConflictError("problems.comment.notSaved");
      return first;
    }
    // Counted only once a comment is made, so a repeat sent at the same moment spends nothing; over
    // the limit, the transaction (and the comment) is rolled back.
    await consumeRateLimit(tx, `comment:${user.id}`, COMMENT_RATE);
    return posted(created.id, holdReason ? "held" : "published");
  });
}
