import "server-only";
import { orNotFound } from "@/lib/auth/or-not-found";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getTopicComment } from "@/lib/server/comments/get-topic-comment";

export type CommentPageProps = { params: Promise<{ slug: string; commentId: string }> };

/** Where a comment's page for `action` lives: sign-in comes back here. */
export const commentPagePath = (params: { slug: string; commentId: string }, action: "reply" | "report" | "edit" | "delete") => `/topics/${params.slug}/comments/${params.commentId}/${action}`;

/** The comment the signed-in reader came to do something with, or the 404 page. */
export function loadComment(params: { slug: string; commentId: string }, user: CurrentUser) {
  return orNotFound(() => getTopicComment(params.slug, params.commentId, user.id), params.commentId);
}
