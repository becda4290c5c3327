import { requirePermission } from "@/lib/auth/guard";
import { CommentActionPage } from "@/components/comments/comment-action-page";
import { ReasonOptions } from "@/components/comments/reason-options";
import { ActionForm } from "@/components/ui/action-form";
import { flagAction } from "../../../actions";
import { commentPagePath, commentPageTitle, loadComment, type CommentPageProps } from "../load-comment";

export const generateMetadata = commentPageTitle("reportTitle");

/** Report a comment to the moderators, with a reason. */
export default async function ReportPage(props: CommentPageProps) {
  const params = await props.params;
  const user = await requirePermission("comment:create", commentPagePath(params, "report"));
  const { topic, comment, t, tComments } = await loadComment(params, user);
  return (
    <CommentActionPage slug={topic.slug} comment={comment} title={t("reportTitle")}>
      {topic.open && comment.shown === "published" && !comment.isOwn ? (
        <ActionForm action={flagAction} label={tComments("reportFormLabel")} submitLabel={tComments("sendReport")} pendingLabel={tComments("sending")} labels={{ reason: tComments("reportReason") }} variant="primary">
          <input type="hidden" name="commentId" value={comment.id} />
          <div className="form-group">
            <label className="label" htmlFor="reason">
              {tComments("reportReason")}
            </label>
            <select className="select" id="reason" name="reason" defaultValue="">
              <option value="" disabled>
                {tComments("chooseReason")}
              </option>
              <ReasonOptions />
            </select>
          </div>
        </ActionForm>
      ) : (
        <p>{comment.isOwn ? t("cannotReportOwn") : t("cannotReport")}</p>
      )}
    </CommentActionPage>
  );
}
