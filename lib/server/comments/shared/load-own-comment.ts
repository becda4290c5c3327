import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Executor } from "@/lib/db/client";
import { comments } from "@/lib/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** The person's own comment, locked for the rest of the transaction. */
export async function loadOwnComment(tx: Executor, user: CurrentUser, commentId: string) {
  const [comment] = await tx
    .select({ id: comments.id, authorId: comments.authorId, status: comments.status, body: comments.body, locale: comments.locale, createdAt: comments.createdAt })
    .from(comments)
    .where(eq(comments.id, commentId))
    .for("update");
  if (!comment) throw new NotFoundError("problems.comment.notFound");
  if (comment.authorId !== user.id) throw new ForbiddenError("problems.comment.notYours");
  return comment;
}
