import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { CommentActionPage } from "@/components/comments/comment-action-page";
import { ActionForm } from "@/components/ui/action-form";
import { deleteCommentAction } from "../../../actions";
import { commentPagePath, commentPageTitle, loadComment, type CommentPageProps } from "../load-comment";

export const generateMetadata = commentPageTitle("deleteTitle");

/** Delete your own comment, after saying what that does. */
export default async function DeletePage(props: CommentPageProps) {
  const params = await props.params;
  const user = await requirePermission("comment:create", commentPagePath(params, "delete"));
  const { topic, comment, t, tComments } = await loadComment(params, user);
  if (!comment.isOwn) notFound();
  return (
    <CommentActionPage slug={topic.slug} comment={comment} title={t("deleteTitle")}>
      {comment.shown === "deleted" ? null : (
        <>
          <p>{t("deleteWarning", { removed: tComments("removedByAuthor") })}</p>
          <ActionForm action={deleteCommentAction} label={tComments("deleteFormLabel")} submitLabel={t("deleteButton")} pendingLabel={tComments("deleting")} variant="warning">
            <input type="hidden" name="commentId" value={comment.id} />
          </ActionForm>
        </>
      )}
    </CommentActionPage>
  );
}
