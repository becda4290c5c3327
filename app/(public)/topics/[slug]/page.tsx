import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CommentSection } from "@/components/comments/comment-section";
import { DocumentList } from "@/components/topics/document-list";
import { KeyDates } from "@/components/topics/key-dates";
import { getCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/auth/or-not-found";
import { can } from "@/lib/domain/access/policy";
import { issueFormToken } from "@/lib/security/form-guard";
import { isFollowing } from "@/lib/server/comments/check-following";
import { getModerationCounts } from "@/lib/server/comments/get-moderation-counts";
import { listTopicComments } from "@/lib/server/comments/list-topic-comments";
import { getPublicTopic } from "@/lib/server/topics/get-public-topic";
import { listTopicDocuments } from "@/lib/server/topics/list-topic-documents";
import { ZCommentLanguageFilter, ZCommentSort } from "@/lib/validations/comment";
import { countCommentsByLanguage } from "@/lib/server/comments/count-comments-by-language";
import { knownLocale } from "@/lib/i18n/locales";
import { deleteCommentAction, editCommentAction, flagAction, followAction, helpfulAction, postCommentAction } from "./actions";

const loadTopic = cache((slug: string) => orNotFound(() => getPublicTopic(slug)));

const COMMENT_ACTIONS = { post: postCommentAction, edit: editCommentAction, remove: deleteCommentAction, helpful: helpfulAction, flag: flagAction, follow: followAction };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sort?: string; after?: string; commentsIn?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  return { title: topic.title, description: topic.summary };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = await loadTopic((await params).slug);
  const query = await searchParams;
  const sort = ZCommentSort.parse(query.sort);
  const language = ZCommentLanguageFilter.parse(query.commentsIn) ?? null;
  const pageLocale = knownLocale(await getLocale());
  const user = await getCurrentUser();
  const canParticipate = topic.status === "open" && can(user?.role, "comment:create");
  const [documents, comments, counts, languageCounts, following] = await Promise.all([
    listTopicDocuments(topic.id),
    listTopicComments({ topicId: topic.id, sort, cursor: query.after, viewerId: user?.id ?? null, language: language ?? undefined }),
    getModerationCounts(topic.id),
    countCommentsByLanguage(topic.id),
    user ? isFollowing(topic.id, user.id) : Promise.resolve(false),
  ]);
  const t = await getTranslations("topic");
  const tags = [
    { label: t("themes"), items: topic.themes },
    { label: t("communities"), items: topic.communities },
    { label: t("neighbourhoods"), items: topic.neighbourhoods },
  ].filter((group) => group.items.length > 0);
  return (
    <article className="topic">
      <p className="caption">
        <span className={`status status--${topic.status}`}>{t(`status.${topic.status}`)}</span>
      </p>
      <h1>{topic.title}</h1>
      <p className="lead">{topic.summary}</p>
      {topic.outcomeHtml ? (
        <section className="outcome" aria-labelledby="outcome-title">
          <h2 id="outcome-title">{t("outcomeTitle")}</h2>
          {/* Rendered and sanitised with an allowlist when the outcome was published. */}
          <div className="prose" dangerouslySetInnerHTML={{ __html: topic.outcomeHtml }} />
        </section>
      ) : null}
      <div className="topic__layout">
        {/* Rendered and sanitised with an allowlist when the topic was saved. */}
        <div className="prose" dangerouslySetInnerHTML={{ __html: topic.bodyHtml }} />
        <aside className="topic__aside" aria-label={t("aboutLabel")}>
          <KeyDates dates={topic.keyDates} />
          {documents.length > 0 ? (
            <section className="side-panel" aria-labelledby="documents-title">
              <h2 id="documents-title" className="heading-s">
                {t("documents")}
              </h2>
              <DocumentList documents={documents} />
            </section>
          ) : null}
          {tags.map((group) => (
            <section key={group.label} className="side-panel">
              <h2 className="heading-s">{group.label}</h2>
              <ul className="tag-list">
                {group.items.map((item) => (
                  <li key={item.slug} className="tag">
                    {item.name}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </aside>
      </div>
      <CommentSection
        topic={topic}
        sort={sort}
        language={language}
        pageLocale={pageLocale}
        languageCounts={languageCounts}
        page={comments}
        counts={counts}
        viewer={{ signedIn: user !== null, following, canParticipate }}
        formToken={issueFormToken()}
        actions={COMMENT_ACTIONS}
      />
    </article>
  );
}
