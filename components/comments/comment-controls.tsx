"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE } from "@/components/ui/form-state";
import { controlsId, helpfulButtonId } from "@/lib/domain/comments/viewer-slots";
import { useViewer } from "./viewer-state";

type Props = { commentId: string; canReply: boolean };

/**
 * What a signed-in reader can do with a comment: mark it helpful (a toggle button), reply and report
 * (links to their own pages: the forms load only when wanted, and work without JavaScript), or, for
 * their own, edit and delete. The page every participant shares carries both sets; the reader's own
 * state chooses which show (`data-own`, `data-editable`, `aria-pressed`: see lib/page-cache/personalise).
 */
export function CommentControls({ commentId, canReply }: Props) {
  const t = useTranslations("comments");
  const viewer = useViewer();
  const [state, helpful, pending] = useActionState(viewer.helpful, IDLE);
  const base = `/topics/${viewer.slug}/comments/${commentId}`;
  const others = viewer.open;
  return (
    <div id={controlsId(commentId)} data-own={viewer.own.has(commentId)} data-editable={viewer.editable.has(commentId)} className="comment__controls">
      {others ? (
        <form action={helpful} className="inline-action comment__control--others" aria-label={t("helpfulFormLabel")}>
          <input type="hidden" name="commentId" value={commentId} />
          <button id={helpfulButtonId(commentId)} aria-pressed={viewer.marked.has(commentId)} type="submit" className="button button--secondary toggle-button" aria-disabled={pending || undefined}>
            {t("markHelpful")}
          </button>
        </form>
      ) : null}
      {others && canReply ? <a href={`${base}/reply`}>{t("reply")}</a> : null}
      {others ? (
        <a href={`${base}/report`} className="comment__control--others">
          {t("report")}
        </a>
      ) : null}
      <a href={`${base}/edit`} className="comment__control--own comment__control--edit">
        {t("edit")}
      </a>
      <a href={`${base}/delete`} className="comment__control--own">
        {t("delete")}
      </a>
      {state.status === "error" ? (
        <p className="error-message" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
