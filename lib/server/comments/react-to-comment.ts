import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb, type Executor } from "@/lib/db/client";
import { commentFlags, commentHelpful, comments } from "@/lib/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TFlagInput } from "@/lib/validations/comment";
import { COMMENT_RATE } from "@/lib/domain/comments/comment-rules";

async function publishedComment(tx: Executor, commentId: string) {
  const [comment] = await tx.select({ id: comments.id, authorId: comments.authorId, status: comments.status }).from(comments).where(eq(comments.id, commentId));
  if (!comment || comment.status !== "published") throw new NotFoundError("problems.comment.notFoundMaybeRemoved");
  return comment;
}

/** Marks a comment helpful, or takes the mark back. Returns whether it is now marked. */
export async function toggleHelpful(user: CurrentUser, commentId: string): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `react:${user.id}`, { limit: 60, windowSeconds: 60 });
    const comment = await publishedComment(tx, commentId);
    if (comment.authorId === user.id) throw new ValidationError("problems.comment.ownHelpful");
    const added = await tx.insert(commentHelpful).values({ commentId, userId: user.id }).onConflictDoNothing().returning({ commentId: commentHelpful.commentId });
    if (added.length > 0) {
      await tx.update(comments).set({ helpfulCount: sql`${comments.helpfulCount} + 1` }).where(eq(comments.id, commentId));
      return true;
    }
    await tx.delete(commentHelpful).where(and(eq(commentHelpful.commentId, commentId), eq(commentHelpful.userId, user.id)));
    await tx.update(comments).set({ helpfulCount: sql`greatest(${comments.helpfulCount} - 1, 0)` }).where(eq(comments.id, commentId));
    return false;
  });
}

/** Reports a comment to the moderators, once per person; it joins the moderation queue. */
export async function flagComment(user: CurrentUser, input: TFlagInput): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `comment:${user.id}`, COMMENT_RATE);
    const comment = await publishedComment(tx, input.commentId);
    if (comment.authorId === user.id) throw new ValidationError("problems.comment.ownReport");
    const added = await tx
      .insert(commentFlags)
      .values({ commentId: input.commentId, userId: user.id, reason: input.reason, details: input.details || null })
      .onConflictDoNothing()
      .returning({ commentId: commentFlags.commentId });
    if (added.length === 0) throw new ConflictError("problems.comment.alreadyReported");
    await tx.update(comments).set({ flagCount: sql`${comments.flagCount} + 1` }).where(eq(comments.id, input.commentId));
  });
}
