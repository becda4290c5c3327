import { randomUUID } from "node:crypto";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { followAction, postCommentAction } from "@/app/(public)/topics/[slug]/actions";
import { ActionForm } from "@/components/ui/action-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/domain/access/policy";
import { getModerationCounts } from "@/lib/server/comments/get-moderation-counts";
import { isFollowing } from "@/lib/server/comments/check-following";
import { listTopicComments } from "@/lib/server/comments/list-topic-comments";
import { issueFormToken } from "@/lib/security/form-guard";
import { COMMENT_SORTS, type TCommentSort } from "@/lib/validations/comment";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";
import { ModerationCounts } from "./moderation-counts";

type Props = { topic: { id: string; slug: string; status: "draft" | "open" | "closed" | "outcome" }; sort: TCommentSort; cursor?: string };

/** The discussion under a topic: follow, write, sort, read, and the public moderation record. */
export async function CommentSection({ topic, sort, cursor }: Props) {
  const t = await getTranslations("comments");
  const user = await getCurrentUser();
  const open = topic.status === "open";
  const canParticipate = open && can(user?.role, "comment:create");
  const [page, counts, following] = await Promise.all([
    listTopicComments({ topicId: topic.id, sort, cursor, viewerId: user?.id ?? null }),
    getModerationCounts(topic.id),
    user ? isFollowing(topic.id, user.id) : Promise.resolve(false),
  ]);
  const base = `/topics/${topic.slug}`;
  const formToken = issueFormToken();
  return (
    <section className="discussion" aria-labelledby="discussion-title">
      <h2 id="discussion-title">{t("title", { count: counts.published })}</h2>
      <ModerationCounts counts={counts} />
      {user ? (
        <ActionForm action={followAction} label={t("followFormLabel")} submitLabel={following ? t("unfollow") : t("follow")} pendingLabel={t("saving")} className="inline-action">
          <input type="hidden" name="topicId" value={topic.id} />
        </ActionForm>
      ) : null}
      {!open ? (
        <div className="notice" role="note">
          {t("closedNote")}
        </div>
      ) : canParticipate ? (
        <CommentForm
          action={postCommentAction}
          fieldId="new-comment"
          label={t("newLabel")}
          formLabel={t("newFormLabel")}
          submitLabel={t("post")}
          hidden={{ topicId: topic.id, parentId: "", submissionKey: randomUUID() }}
          formToken={formToken}
        />
      ) : (
        <p>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(base)}`}>{t("signInToComment")}</Link>
        </p>
      )}
      <nav aria-label={t("sortLabel")} className="sort-nav">
        <span>{t("sortBy")}</span>
        <ul>
          {COMMENT_SORTS.map((option) => (
            <li key={option}>
              {option === sort ? (
                <span aria-current="true">{t(`sort.${option}`)}</span>
              ) : (
                <Link href={`${base}?sort=${option}#discussion-title`}>{t(`sort.${option}`)}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {page.comments.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="comment-list" aria-label={t("listLabel")}>
        {page.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} topicId={topic.id} canParticipate={canParticipate} formToken={formToken} />
        ))}
      </ol>
      {page.nextCursor ? (
        <p>
          <Link href={`${base}?sort=${sort}&after=${page.nextCursor}#discussion-title`}>{t("more")}</Link>
        </p>
      ) : null}
    </section>
  );
}
