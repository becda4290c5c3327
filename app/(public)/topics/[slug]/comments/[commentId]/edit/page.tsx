import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { CommentActionPage } from "@/components/comments/comment-action-page";
import { CommentForm } from "@/components/comments/comment-form";
import { EDIT_WINDOW_MINUTES } from "@/lib/domain/comments/comment-rules";
import { editCommentAction } from "../../../actions";
import { commentPagePath, commentPageTitle, loadComment, type CommentPageProps } from "../load-comment";

export const generateMetadata = commentPageTitle("editTitle");

/** Reword your own comment, within the edit window. */
export default async function EditPage(props: CommentPageProps) {
  const params = await props.params;
  const user = await requirePermission("comment:create", commentPagePath(params, "edit"));
  const { topic, comment, t, tComments } = await loadComment(params, user);
  if (!comment.isOwn) notFound();
  return (
    <CommentActionPage slug={topic.slug} comment={comment} title={t("editTitle")}>
      {comment.canEdit ? (
        <CommentForm
          action={editCommentAction}
          fieldId="edit"
          label={tComments("editLabel")}
          formLabel={tComments("editFormLabel")}
          submitLabel={tComments("saveEdit")}
          hidden={{ commentId: comment.id }}
          defaultBody={comment.body}
          locale={comment.locale}
        />
      ) : (
        <p>{t("cannotEdit", { minutes: EDIT_WINDOW_MINUTES })}</p>
      )}
    </CommentActionPage>
  );
}
