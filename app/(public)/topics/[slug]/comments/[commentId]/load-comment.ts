import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/auth/or-not-found";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getTopicComment } from "@/lib/server/comments/get-topic-comment";

export type CommentPageProps = { params: Promise<{ slug: string; commentId: string }> };

/** Where a comment's page for `action` lives: sign-in comes back here. */
export const commentPagePath = (params: { slug: string; commentId: string }, action: "reply" | "report" | "edit" | "delete") => `/topics/${params.slug}/comments/${params.commentId}/${action}`;

/** The comment the signed-in reader came to do something with (or the 404 page), and the words its pages use. */
export async function loadComment(params: { slug: string; commentId: string }, user: CurrentUser) {
  const found = await orNotFound(() => getTopicComment(params.slug, params.commentId, user.id), params.commentId);
  return { ...found, t: await getTranslations("commentPages"), tComments: await getTranslations("comments") };
}

/** A comment page's title: `export const generateMetadata = commentPageTitle("replyTitle");` */
export function commentPageTitle(key: "replyTitle" | "reportTitle" | "editTitle" | "deleteTitle") {
  return async (): Promise<Metadata> => ({ title: (await getTranslations("commentPages"))(key) });
}
