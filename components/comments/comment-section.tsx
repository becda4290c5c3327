import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/components/ui/form-state";
import type { FormTokens, TopicViewerState } from "@/lib/domain/comments/viewer-state";
import type { HeldComment } from "@/lib/domain/comments/held-comments-html";
import { HeldComments } from "./held-comments";
import { COMMENT_SORTS, type TCommentSort } from "@/lib/validations/comment";
import { CommentForm } from "./comment-form";
import type { CommentView } from "@/lib/domain/comments/comment-view";
import { CommentItem } from "./comment-item";
import { FollowToggle } from "./follow-toggle";
import { ViewerStateProvider } from "./viewer-state";
import { CommentLanguageFilter } from "./comment-language-filter";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { ModerationCounts, type CommentCounts } from "./moderation-counts";

type Props = {
  topic: { id: string; slug: string; status: "draft" | "open" | "closed" | "outcome" };
  sort: TCommentSort;
  /** The language filter in use (`?commentsIn=`), or null for every language. */
  language: Locale | null;
  /** The page's language: what new comments are written in unless the author says otherwise, and what the filter offers. */
  pageLocale: Locale;
  /** Published comments by the language they are written in. */
  languageCounts: Partial<Record<Locale, number>>;
  /** One page of comments in the chosen order, and the cursor of the next page if there is one. */
  page: { comments: CommentView[]; nextCursor: string | null };
  counts: CommentCounts;
  /**
   * The reader: signed out; a participant not yet known (the page every participant shares, made
   * each reader's by lib/page-cache); or a signed-in person with their own state.
   */
  viewer: { kind: "anonymous" } | { kind: "participant" } | { kind: "person"; state: TopicViewerState; held: HeldComment[] };
  /** The reader may write here (signed in and the topic open). */
  canParticipate: boolean;
  /** The new comment form's submission key and the spam check's signed "shown at" note. */
  form: FormTokens;
  actions: { post: FormAction; helpful: FormAction; follow: FormAction; declineAboutYou?: FormAction };
};

/** The discussion under a topic: follow, write, sort, read, and the public moderation record. */
export async function CommentSection({ topic, sort, language, pageLocale, languageCounts, page, counts, viewer, canParticipate, form, actions }: Props) {
  const t = await getTranslations("comments");
  const tLanguage = await getTranslations("contentLanguage");
  const open = topic.status === "open";
  const signedIn = viewer.kind !== "anonymous";
  const base = `/topics/${topic.slug}`;
  const href = (query: { sort: TCommentSort; language: Locale | null; after?: string }) => {
    const params = new URLSearchParams({ sort: query.sort });
    if (query.language) params.set("commentsIn", query.language);
    if (query.after) params.set("after", query.after);
    return `${base}?${params.toString()}#discussion-title`;
  };
  const content = (
    <section className="discussion" aria-labelledby="discussion-title">
      <h2 id="discussion-title">{t("title", { count: counts.published })}</h2>
      <ModerationCounts counts={counts} />
      {signedIn ? <FollowToggle topicId={topic.id} /> : null}
      {signedIn ? <HeldComments slug={topic.slug} pageLocale={pageLocale} reader={viewer.kind === "person" ? viewer : null} /> : null}
      {!open ? (
        <div className="notice" role="note">
          {t("closedNote")}
        </div>
      ) : canParticipate ? (
        <CommentForm
          action={actions.post}
          fieldId="new-comment"
          label={t("newLabel")}
          formLabel={t("newFormLabel")}
          submitLabel={t("post")}
          hidden={{ topicId: topic.id, parentId: "", submissionKey: form.submissionKey }}
          formToken={form.formToken}
          locale={pageLocale}
          declineAboutYou={actions.declineAboutYou}
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
                <Link href={href({ sort: option, language })}>{t(`sort.${option}`)}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {counts.published > 0 || language ? <CommentLanguageFilter hrefFor={(choice) => href({ sort, language: choice })} current={language} pageLocale={pageLocale} counts={languageCounts} /> : null}
      {language && page.comments.length > 0 ? <p className="hint">{tLanguage("filteredNote", { language: LOCALES[language].name })}</p> : null}
      {page.comments.length === 0 ? <p>{language ? tLanguage("filteredNone", { language: LOCALES[language].name }) : t("none")}</p> : null}
      <ol className="comment-list" aria-label={t("listLabel")}>
        {page.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} signedIn={signedIn} />
        ))}
      </ol>
      {page.nextCursor ? (
        <p>
          <Link href={href({ sort, language, after: page.nextCursor })}>{t("more")}</Link>
        </p>
      ) : null}
    </section>
  );
  if (!signedIn) return content;
  return (
    <ViewerStateProvider slug={topic.slug} state={viewer.kind === "person" ? viewer.state : null} open={open} helpful={actions.helpful} follow={actions.follow}>
      {content}
    </ViewerStateProvider>
  );
}
