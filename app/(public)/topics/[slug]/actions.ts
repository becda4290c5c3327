"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { knownLocale } from "@/lib/i18n/locales";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { toggleFollow } from "@/lib/server/comments/follow-topic";
import { postComment } from "@/lib/server/comments/post-comment";
import { flagComment, toggleHelpful } from "@/lib/server/comments/react-to-comment";
import { ZCommentInput, ZCommentRef, ZEditCommentInput, ZFlagInput, ZTopicRef } from "@/lib/validations/comment";
import { invitationWords } from "@/components/equalities/about-you-invitation-panel";
import type { InvitingState } from "@/components/equalities/invitation-state";
import { inviteToAboutYou } from "@/lib/server/equalities/invite-to-about-you";

const refresh = () => revalidatePath("/topics/[slug]", "page");

/** Posting a comment; a person's first (published or held) one since they could be asked also invites them, once, to say a little about themselves. */
export const postCommentAction = formAction<typeof ZCommentInput, InvitingState>(
  "comment:create",
  ZCommentInput,
  async (input, { user }) => {
    // Written in the page's language unless the author said otherwise.
    const result = await postComment(user, { ...input, locale: input.locale ?? knownLocale(await getLocale()) });
    refresh();
    const t = await getTranslations("comments");
    const message = result.status === "published" ? t("published") : t("held");
    return (await inviteToAboutYou(user)) ? { status: "success", message, invite: await invitationWords() } : { status: "success", message };
  },
  { guard: true },
);

export const editCommentAction = formAction("comment:create", ZEditCommentInput, async (input, { user }) => {
  await editComment(user, input);
  refresh();
  return { status: "success", message: (await getTranslations("comments"))("edited") };
});

export const deleteCommentAction = formAction("comment:create", ZCommentRef, async (input, { user }) => {
  await deleteComment(user, input.commentId);
  refresh();
  return { status: "success", message: (await getTranslations("comments"))("deleted") };
});

export const helpfulAction = formAction("comment:create", ZCommentRef, async (input, { user }) => {
  const marked = await toggleHelpful(user, input.commentId);
  refresh();
  const t = await getTranslations("comments");
  return { status: "success", message: marked ? t("markedHelpful") : t("unmarkedHelpful") };
});

export const flagAction = formAction("comment:create", ZFlagInput, async (input, { user }) => {
  await flagComment(user, input);
  refresh();
  return { status: "success", message: (await getTranslations("comments"))("reported") };
});

export const followAction = formAction("comment:create", ZTopicRef, async (input, { user }) => {
  const following = await toggleFollow(user, input.topicId);
  refresh();
  const t = await getTranslations("comments");
  return { status: "success", message: following ? t("followed") : t("unfollowed") };
});
