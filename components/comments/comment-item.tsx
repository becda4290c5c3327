import { randomUUID } from "node:crypto";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/components/ui/form-state";
import { formatDateTime } from "@/lib/format/dates";
import { MAX_DEPTH } from "@/lib/domain/comments/comment-rules";
import type { CommentView } from "@/lib/domain/comments/comment-view";
import type { Locale } from "@/lib/i18n/locales";
import { CommentBody } from "./comment-body";
import { CommentLanguage } from "./comment-language";
import { CommentForm } from "./comment-form";
import { ReasonOptions } from "./reason-options";

/** The discussion's server actions, passed down by the topic page. */
export type CommentActions = { post: FormAction; edit: FormAction; remove: FormAction; helpful: FormAction; flag: FormAction; follow: FormAction; declineAboutYou?: FormAction };

type Props = { comment: CommentView; topicId: string; canParticipate: boolean; formToken: string; actions: CommentActions; pageLocale: Locale };

/** One comment with its actions and, nested below, its replies. */
export function CommentItem({ comment, topicId, canParticipate, formToken, actions, pageLocale }: Props) {
  // Synchronous on purpose: a page renders a hundred or more of these, and async components cost more.
  const t = useTranslations("comments");
  const hiddenId = { commentId: comment.id };
  return (
    <li className={`comment comment--${comment.state}`} id={`comment-${comment.id}`}>
      <article aria-labelledby={`comment-${comment.id}-by`}>
        <p className="comment__meta" id={`comment-${comment.id}-by`}>
          {comment.state === "removed" ? (
            <span>{comment.removedBy === "author" ? t("removedByAuthor") : t("removedByModerator")}</span>
          ) : (
            <>
              <strong>{comment.authorName ?? t("anonymous")}</strong>{" "}
              <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
              {comment.edited ? <span className="comment__edited"> {t("editedMark")}</span> : null} <CommentLanguage locale={comment.locale} />
            </>
          )}
        </p>
        {comment.state === "held" ? <p className="comment__held">{t("heldNotice")}</p> : null}
        {comment.state !== "removed" ? <CommentBody text={comment.body} locale={comment.locale} /> : null}
        {comment.state === "published" ? (
          <div className="comment__actions">
            <p className="comment__helpful">{t("helpfulCount", { count: comment.helpfulCount })}</p>
            {canParticipate && !comment.isOwn ? (
              <ActionForm
                action={actions.helpful}
                label={t("helpfulFormLabel")}
                submitLabel={comment.markedHelpful ? t("unmarkHelpful") : t("markHelpful")}
                pendingLabel={t("saving")}
                className="inline-action"
              >
                <input type="hidden" name="commentId" value={comment.id} />
              </ActionForm>
            ) : null}
            {canParticipate && comment.depth < MAX_DEPTH ? (
              <details className="comment__details">
                <summary>{t("reply")}</summary>
                <CommentForm
                  action={actions.post}
                  fieldId={`reply-${comment.id}`}
                  label={t("replyLabel")}
                  formLabel={t("replyFormLabel")}
                  submitLabel={t("postReply")}
                  hidden={{ topicId, parentId: comment.id, submissionKey: randomUUID() }}
                  formToken={formToken}
                  locale={pageLocale}
                  declineAboutYou={actions.declineAboutYou}
                />
              </details>
            ) : null}
            {canParticipate && !comment.isOwn ? (
              <details className="comment__details">
                <summary>{t("report")}</summary>
                <ActionForm action={actions.flag} label={t("reportFormLabel")} submitLabel={t("sendReport")} pendingLabel={t("sending")} labels={{ reason: t("reportReason") }}>
                  <input type="hidden" name="commentId" value={comment.id} />
                  <div className="form-group">
                    <label className="label" htmlFor={`reason-${comment.id}`}>
                      {t("reportReason")}
                    </label>
                    <select className="select" id={`reason-${comment.id}`} name="reason" defaultValue="">
                      <option value="" disabled>
                        {t("chooseReason")}
                      </option>
                      <ReasonOptions />
                    </select>
                  </div>
                </ActionForm>
              </details>
            ) : null}
          </div>
        ) : null}
        {comment.isOwn && comment.state !== "removed" ? (
          <div className="comment__actions">
            {comment.canEdit ? (
              <details className="comment__details">
                <summary>{t("edit")}</summary>
                <CommentForm
                  action={actions.edit}
                  fieldId={`edit-${comment.id}`}
                  label={t("editLabel")}
                  formLabel={t("editFormLabel")}
                  submitLabel={t("saveEdit")}
                  hidden={hiddenId}
                  defaultBody={comment.body}
                  locale={comment.locale}
                />
              </details>
            ) : null}
            <ActionForm action={actions.remove} label={t("deleteFormLabel")} submitLabel={t("delete")} pendingLabel={t("deleting")} variant="warning" className="inline-action">
              <input type="hidden" name="commentId" value={comment.id} />
            </ActionForm>
          </div>
        ) : null}
      </article>
      {comment.replies.length > 0 ? (
        <ol className="comment-list comment-list--replies" aria-label={t("repliesLabel")}>
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} topicId={topicId} canParticipate={canParticipate} formToken={formToken} actions={actions} pageLocale={pageLocale} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
