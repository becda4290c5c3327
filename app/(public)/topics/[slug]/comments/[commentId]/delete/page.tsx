import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getTranslations } from "next-intl/server";
import { CommentActionPage } from "@/components/comments/comment-action-page";
import { ActionForm } from "@/components/ui/action-form";
import { deleteCommentAction } from "../../../actions";
import { commentPagePath, loadComment, type CommentPageProps } from "../load-comment";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commentPages"))("deleteTitle") };
}

/** Delete your own comment, after saying what that does. */
export default async function DeletePage(props: CommentPageProps) {
  const params = await props.params;
  const user = await requirePermission("comment:create", commentPagePath(params, "delete"));
  const { topic, comment } = await loadComment(params, user);
  if (!comment.isOwn) notFound();
  const [t, tComments] = [await getTranslations("commentPages"), await getTranslations("comments")];
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
