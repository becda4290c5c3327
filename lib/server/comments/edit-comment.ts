import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { commentRevisions, comments } from "@/lib/db/schema";
import { ConflictError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TEditCommentInput } from "@/lib/validations/comment";
import { COMMENT_RATE, EDIT_WINDOW_MINUTES, withinEditWindow } from "@/lib/domain/comments/comment-rules";
import { matchesWordList } from "./shared/match-word-list";
import { loadOwnComment } from "@/lib/server/comments/shared/load-own-comment";

/**
 * The author rewords a comment within 15 minutes of posting. The earlier wording is kept as a
 * revision and the comment shows as edited; a new wording that matches the word list is held.
 */
export async function editComment(user: CurrentUser, input: TEditCommentInput, now = new Date()): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `comment:${user.id}`, COMMENT_RATE, now);
    const comment = await loadOwnComment(tx, user, input.commentId);
    if (comment.status !== "published" && comment.status !== "held") throw new ConflictError("problems.comment.removedNoEdit");
    if (!withinEditWindow(comment.createdAt, now)) throw new ConflictError("problems.comment.editWindow", { minutes: EDIT_WINDOW_MINUTES });
    // Saying which language it is in is not a new wording: no revision, no "edited" mark.
    if (input.locale && input.locale !== comment.locale) await tx.update(comments).set({ locale: input.locale }).where(eq(comments.id, comment.id));
    if (comment.body === input.body) return;
    await tx.insert(commentRevisions).values({ commentId: comment.id, body: comment.body });
    const hold = comment.status === "published" && (await matchesWordList(tx, input.body));
    await tx
      .update(comments)
      .set({ body: input.body, editedAt: now, ...(hold ? { status: "held" as const, holdReason: "word_list" as const } : {}) })
      .where(eq(comments.id, comment.id));
  });
}
