import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format/dates";
import { MAX_DEPTH } from "@/lib/domain/comments/comment-rules";
import type { CommentView } from "@/lib/domain/comments/comment-view";
import { CommentBody } from "./comment-body";
import { CommentControls } from "./comment-controls";
import { CommentLanguage } from "./comment-language";

/** signedIn: the reader is signed in (or the page is the one every participant shares), so each comment gets its controls. */
type Props = { comment: CommentView; signedIn: boolean };

/** One comment with its controls and, nested below, its replies. */
export function CommentItem({ comment, signedIn }: Props) {
  // Synchronous on purpose: a page renders a hundred or more of these, and async components cost more.
  const t = useTranslations("comments");
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
        {comment.state !== "removed" ? <CommentBody text={comment.body} locale={comment.locale} /> : null}
        {comment.state === "published" ? <p className="comment__helpful">{t("helpfulCount", { count: comment.helpfulCount })}</p> : null}
        {signedIn && comment.state !== "removed" ? <CommentControls commentId={comment.id} canReply={comment.depth < MAX_DEPTH} /> : null}
      </article>
      {comment.replies.length > 0 ? (
        <ol className="comment-list comment-list--replies" aria-label={t("repliesLabel")}>
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} signedIn={signedIn} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
