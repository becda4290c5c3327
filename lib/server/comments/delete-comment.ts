import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { commentRevisions, comments } from "@/lib/db/schema";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { COMMENT_RATE } from "@/lib/domain/comments/comment-rules";
import { loadOwnComment } from "@/lib/server/comments/shared/load-own-comment";

/** The author removes a comment: its words and earlier versions go; replies stay, under "removed". */
export async function deleteComment(user: CurrentUser, commentId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `comment:${user.id}`, COMMENT_RATE);
    const comment = await loadOwnComment(tx, user, commentId);
    if (comment.status === "deleted") return;
    await tx.delete(commentRevisions).where(eq(commentRevisions.commentId, comment.id));
    await tx.update(comments).set({ status: "deleted", body: "", helpfulCount: 0 }).where(eq(comments.id, comment.id));
  });
}
