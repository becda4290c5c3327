import { randomUUID } from "node:crypto";
import { requirePermission } from "@/lib/auth/guard";
import { getLocale } from "next-intl/server";
import { CommentActionPage } from "@/components/comments/comment-action-page";
import { CommentForm } from "@/components/comments/comment-form";
import { knownLocale } from "@/lib/i18n/locales";
import { issueFormToken } from "@/lib/security/form-guard";
import { declineAboutYouAction } from "@/app/(public)/profile/about-you/actions";
import { postCommentAction } from "../../../actions";
import { commentPagePath, commentPageTitle, loadComment, type CommentPageProps } from "../load-comment";

export const generateMetadata = commentPageTitle("replyTitle");

/** Reply to a comment: the form on its own page, which works without JavaScript. */
export default async function ReplyPage(props: CommentPageProps) {
  const params = await props.params;
  const user = await requirePermission("comment:create", commentPagePath(params, "reply"));
  const { topic, comment, t, tComments } = await loadComment(params, user);
  return (
    <CommentActionPage slug={topic.slug} comment={comment} title={t("replyTitle")}>
      {topic.open && comment.canReply ? (
        <CommentForm
          action={postCommentAction}
          fieldId="reply"
          label={tComments("replyLabel")}
          formLabel={tComments("replyFormLabel")}
          submitLabel={tComments("postReply")}
          hidden={{ topicId: topic.id, parentId: comment.id, submissionKey: randomUUID() }}
          formToken={issueFormToken()}
          locale={knownLocale(await getLocale())}
          declineAboutYou={declineAboutYouAction}
        />
      ) : (
        <p>{t("cannotReply")}</p>
      )}
    </CommentActionPage>
  );
}
