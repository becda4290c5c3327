import "server-only";
import type { Executor } from "@/lib/db/client";
import type { LinkedItem, SummaryContent, ThemeSection } from "@/lib/domain/summaries/content";
import { addIsoDays, londonIsoDate, previousPeriod, type Period } from "@/lib/domain/summaries/period";
import { periodLabel } from "@/lib/email/templates/period-label";
import { pickQuotes } from "@/lib/domain/summaries/quotes";
import { countThemeComments } from "./count-theme-comments";
import { topicUrl } from "@/lib/server/summaries/shared/links";
import { readThemeQuoteCandidates } from "@/lib/server/summaries/shared/read-quote-candidates";
import { readThemeSurveys } from "@/lib/server/summaries/shared/read-theme-surveys";
import { readThemeTopics } from "@/lib/server/summaries/shared/read-theme-topics";

/** Topics closing within this many days after the period are "closing soon". */
const CLOSING_SOON_DAYS = 14;
const MOST_DISCUSSED = 3;

export type SummaryTheme = { id: string; name: string } | null;

const within = (moment: Date | null, period: Period) => moment !== null && moment >= period.start && moment < period.end;

/**
 * One theme's section of a summary for one period (every theme together when `theme` is null).
 * Figures are as of the end of the period, so a preview of an old period reads as it would have.
 */
export async function composeThemeSection(executor: Executor, theme: SummaryTheme, period: Period): Promise<ThemeSection> {
  const themeId = theme?.id ?? null;
  const today = londonIsoDate(period.end);
  const [topicRows, commentRows, quoteRows, surveyActivity] = await Promise.all([
    readThemeTopics(executor, themeId, today),
    countThemeComments(executor, themeId, period, previousPeriod(period)),
    readThemeQuoteCandidates(executor, themeId, period),
    readThemeSurveys(executor, themeId, period),
  ]);
  const link = (row: { id: string; slug: string; title: string }): LinkedItem => ({ id: row.id, title: row.title, url: topicUrl(row.slug) });
  const byId = new Map(topicRows.map((row) => [row.id, row]));
  const horizon = addIsoDays(today, CLOSING_SOON_DAYS);
  const mostDiscussed = commentRows
    .filter((row) => row.inPeriod > 0 && byId.has(row.topicId))
    .sort((a, b) => b.inPeriod - a.inPeriod || (byId.get(a.topicId)?.title ?? "").localeCompare(byId.get(b.topicId)?.title ?? ""))
    .slice(0, MOST_DISCUSSED)
    .flatMap((row) => {
      const topic = byId.get(row.topicId);
      return topic ? [{ ...link(topic), comments: row.inPeriod }] : [];
    });
  const section: ThemeSection = {
    theme,
    newTopics: topicRows.filter((row) => within(row.publishedAt, period)).map(link),
    openTopics: topicRows.filter((row) => row.status === "open").map(link),
    comments: { inPeriod: commentRows.reduce((sum, row) => sum + row.inPeriod, 0), previous: commentRows.reduce((sum, row) => sum + row.previous, 0) },
    mostDiscussed,
    quotes: pickQuotes(quoteRows.map((row) => ({ body: row.body, topic: link({ id: row.topicId, slug: row.topicSlug, title: row.topicTitle }) }))),
    closingSoon: topicRows
      .filter((row) => row.status === "open" && row.closesOn !== null && row.closesOn <= horizon)
      .map((row) => ({ ...link(row), closesOn: row.closesOn ?? "" }))
      .sort((a, b) => a.closesOn.localeCompare(b.closesOn)),
    outcomes: topicRows.filter((row) => within(row.outcomePublishedAt, period)).map(link),
    surveys: surveyActivity.surveys,
    empty: false,
  };
  section.empty = section.newTopics.length === 0 && section.comments.inPeriod === 0 && section.outcomes.length === 0 && surveyActivity.responsesInPeriod === 0;
  return section;
}

/** Memoises sections by theme and period within one scheduling run: each is composed once. */
export type SectionCache = Map<string, Promise<ThemeSection>>;

/** A whole summary: one section per theme, in the order given (cached sections are never changed). */
export async function composeSummary(executor: Executor, themes: SummaryTheme[], period: Period, cache: SectionCache = new Map()): Promise<SummaryContent> {
  const sections = await Promise.all(
    themes.map((theme) => {
      const key = `${theme?.id ?? "all"}:${period.key}`;
      const cached = cache.get(key) ?? composeThemeSection(executor, theme, period);
      cache.set(key, cached);
      return cached;
    }),
  );
  // A topic in several themes would repeat its quotes in each section: each quote appears once.
  const quoted = new Set<string>();
  const deduplicated = sections.map((section) => {
    const quotes = section.quotes.filter((quote) => !quoted.has(quote.text));
    for (const quote of quotes) quoted.add(quote.text);
    return { ...section, quotes };
  });
  return { period, periodLabel: periodLabel(period), sections: deduplicated };
}
