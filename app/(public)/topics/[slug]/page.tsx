import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { langAttributes } from "@/components/translations/lang-attributes";
import { TranslationNote } from "@/components/translations/translation-note";
import { localiseTopic } from "@/lib/domain/translations/topic-translation";
import { cache } from "react";
import { CommentSection } from "@/components/comments/comment-section";
import { DocumentList } from "@/components/topics/document-list";
import { KeyDates } from "@/components/topics/key-dates";
import { randomUUID } from "node:crypto";
import { getPageViewer } from "@/lib/auth/page-viewer";
import { orNotFound } from "@/lib/auth/or-not-found";
import { can } from "@/lib/domain/access/policy";
import { issueFormToken } from "@/lib/security/form-guard";
import { getTopicViewerState } from "@/lib/server/comments/get-topic-viewer-state";
import { getModerationCounts } from "@/lib/server/comments/get-moderation-counts";
import { listTopicComments } from "@/lib/server/comments/list-topic-comments";
import { getPublicTopic } from "@/lib/server/topics/get-public-topic";
import { listTopicDocuments } from "@/lib/server/topics/list-topic-documents";
import { ZCommentLanguageFilter, ZCommentSort } from "@/lib/validations/comment";
import { countCommentsByLanguage } from "@/lib/server/comments/count-comments-by-language";
import { knownLocale } from "@/lib/i18n/locales";
import { YouSaidWeDid } from "@/components/reports/you-said-we-did";
import { getPublishedReport } from "@/lib/server/reports/get-published-report";
import { followAction, helpfulAction, postCommentAction } from "./actions";
import { declineAboutYouAction } from "@/app/(public)/profile/about-you/actions";
import "@/app/styles/equalities.css";
import "@/app/styles/you-said-we-did.css";

const loadTopic = cache(async (slug: string) => {
  const locale = knownLocale(await getLocale());
  const topic = await orNotFound(() => getPublicTopic(slug, locale));
  return { ...topic, locale, documents: await listTopicDocuments(topic.id) };
});

/** The topic in the reader's language where translated (or the English they asked for): lib/domain/translations decides. */
const localised = (topic: Awaited<ReturnType<typeof loadTopic>>, askedForOriginal: boolean) =>
  localiseTopic({ ...topic, documents: topic.documents.map(({ originalName, ...document }) => ({ ...document, name: originalName })) }, topic.translation, topic.locale, askedForOriginal);

/** What the page's controls need of a reader's state (their held comments are shown apart). */
const viewerState = ({ held: _held, ...state }: NonNullable<Awaited<ReturnType<typeof getTopicViewerState>>>) => state;

const COMMENT_ACTIONS = { post: postCommentAction, helpful: helpfulAction, follow: followAction, declineAboutYou: declineAboutYouAction };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sort?: string; after?: string; commentsIn?: string; original?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const shown = localised(await loadTopic((await params).slug), (await searchParams).original === "1");
  return { title: shown.title.text, description: shown.summary.text };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = await loadTopic((await params).slug);
  const query = await searchParams;
  const sort = ZCommentSort.parse(query.sort);
  const language = ZCommentLanguageFilter.parse(query.commentsIn) ?? null;
  const pageLocale = topic.locale;
  const shown = localised(topic, query.original === "1");
  // Signed out, the page every participant shares (the proxy makes it each reader's), or one person's.
  const viewer = await getPageViewer();
  const user = viewer.kind === "person" ? viewer.user : null;
  const canParticipate = topic.status === "open" && (viewer.kind === "participant" || can(user?.role, "comment:create"));
  const [comments, counts, languageCounts, state, report] = await Promise.all([
    // A reader's own comments waiting for a moderator are shown above the discussion (HeldComments), as on the shared page.
    listTopicComments({ topicId: topic.id, sort, cursor: query.after, language: language ?? undefined }),
    getModerationCounts(topic.id),
    countCommentsByLanguage(topic.id),
    user ? getTopicViewerState(user.id, topic.slug) : Promise.resolve(null),
    getPublishedReport({ kind: "topic", id: topic.id }),
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
      <TranslationNote kind="topic" state={shown.state} partial={shown.partial} links={{ original: `/topics/${topic.slug}?original=1`, translation: `/topics/${topic.slug}` }} />
      <h1 {...langAttributes(shown.title, pageLocale)}>{shown.title.text}</h1>
      <p className="lead" {...langAttributes(shown.summary, pageLocale)}>
        {shown.summary.text}
      </p>
      {topic.outcomeHtml ? (
        <section className="outcome" aria-labelledby="outcome-title">
          <h2 id="outcome-title">{t("outcomeTitle")}</h2>
          {/* Rendered and sanitised with an allowlist when the outcome was published. */}
          <div className="prose" {...langAttributes({ lang: "en" }, pageLocale)} dangerouslySetInnerHTML={{ __html: topic.outcomeHtml }} />
        </section>
      ) : null}
      {report ? <YouSaidWeDid content={report.content} files={{ pdf: `/api/reports/${report.id}/report.pdf`, docx: `/api/reports/${report.id}/report.docx` }} pageLocale={pageLocale} besideOutcome={Boolean(topic.outcomeHtml)} /> : null}
      <div className="topic__layout">
        {/* Rendered and sanitised with an allowlist when the topic was saved. */}
        <div className="prose" {...langAttributes(shown.bodyHtml, pageLocale)} dangerouslySetInnerHTML={{ __html: shown.bodyHtml.text }} />
        <aside className="topic__aside" aria-label={t("aboutLabel")}>
          <KeyDates dates={topic.keyDates} />
          {shown.documents.length > 0 ? (
            <section className="side-panel" aria-labelledby="documents-title">
              <h2 id="documents-title" className="heading-s">
                {t("documents")}
              </h2>
              <DocumentList documents={shown.documents} pageLocale={pageLocale} />
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
        viewer={viewer.kind === "person" && state ? { kind: "person", state: viewerState(state), held: state.held } : viewer.kind === "participant" ? { kind: "participant" } : { kind: "anonymous" }}
        canParticipate={canParticipate}
        form={viewer.kind === "participant" ? viewer.tokens : { submissionKey: randomUUID(), formToken: issueFormToken() }}
        actions={COMMENT_ACTIONS}
      />
    </article>
  );
}
