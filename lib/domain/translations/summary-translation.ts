import type { LinkedItem, OneOffContent, SummaryContent, ThemeSection } from "@/lib/domain/summaries/content";
import type { Locale } from "@/lib/i18n/locales";
import { pickText, type Shown, type TranslatableField, type TranslationFields } from "./translation-fields";

/** The topics and surveys a summary names, whose translations its reader's language may have. */
export function summarySubjects(content: SummaryContent | OneOffContent): { topicIds: string[]; surveyIds: string[] } {
  const topics = new Set<string>();
  const surveys = new Set<string>();
  const sections: ThemeSection[] = "sections" in content ? content.sections : [];
  for (const section of sections) {
    for (const item of [...section.newTopics, ...section.openTopics, ...section.mostDiscussed, ...section.closingSoon, ...section.outcomes]) topics.add(item.id);
    for (const quote of section.quotes) topics.add(quote.topic.id);
    for (const survey of section.surveys) surveys.add(survey.id);
  }
  if ("kind" in content) {
    if (content.kind === "topic") [content.topic, ...content.quotes.map((quote) => quote.topic)].forEach((item) => topics.add(item.id));
    else surveys.add(content.survey.id);
  }
  return { topicIds: [...topics], surveyIds: [...surveys] };
}

export interface SummaryTranslations {
  locale: Locale;
  topics: Map<string, TranslationFields>;
  surveys: Map<string, TranslationFields>;
}

/** A topic's or survey's title in the reader's language where translated (and still matching the English). */
function titled<T extends LinkedItem>(item: T, stored: Map<string, TranslationFields>, locale: Locale): T {
  return { ...item, title: pickText({ key: "title", original: item.title }, item.title, stored.get(item.id) ?? null, locale).text };
}

/**
 * A partner's summary in their language: the topics and surveys it names carry their translated
 * titles where there are some, otherwise their English ones. Nothing else changes; the composed
 * content (shared by every contact of a run) is left as it was.
 */
export function localiseSummary(content: SummaryContent, translations: SummaryTranslations): SummaryContent {
  const { locale, topics, surveys } = translations;
  const topic = <T extends LinkedItem>(item: T) => titled(item, topics, locale);
  return {
    ...content,
    sections: content.sections.map((section) => ({
      ...section,
      newTopics: section.newTopics.map(topic),
      openTopics: section.openTopics.map(topic),
      mostDiscussed: section.mostDiscussed.map(topic),
      closingSoon: section.closingSoon.map(topic),
      outcomes: section.outcomes.map(topic),
      quotes: section.quotes.map((quote) => ({ ...quote, topic: topic(quote.topic) })),
      surveys: section.surveys.map((survey) => titled(survey, surveys, locale)),
    })),
  };
}

/** A one-off summary in the reader's language: the topic's or survey's title and summary where translated. */
export function localiseOneOff(content: OneOffContent, translations: SummaryTranslations): OneOffContent {
  const { locale, topics, surveys } = translations;
  const summaryOf = (stored: TranslationFields | null, english: string) => pickText({ key: "summary", original: english }, english, stored, locale).text;
  if (content.kind === "survey") {
    const stored = surveys.get(content.survey.id) ?? null;
    return { ...content, survey: { ...titled(content.survey, surveys, locale), summary: summaryOf(stored, content.survey.summary) } };
  }
  const stored = topics.get(content.topic.id) ?? null;
  return {
    ...content,
    topic: { ...titled(content.topic, topics, locale), summary: summaryOf(stored, content.topic.summary) },
    quotes: content.quotes.map((quote) => ({ ...quote, topic: titled(quote.topic, topics, locale) })),
  };
}

/** The officers' message at the top of scheduled summaries: its one translatable field (none when there is no message). */
export function summaryIntroFields(intro: string): TranslatableField[] {
  return intro ? [{ key: "intro", kind: "text", part: "message", original: intro, max: 1500 }] : [];
}

/** The message as a contact reads it: their translation where it matches the English, otherwise the English; null when there is none. */
export function pickSummaryIntro(intro: string, stored: TranslationFields | null, locale: Locale): Shown | null {
  return intro ? pickText({ key: "intro", original: intro }, intro, stored, locale) : null;
}
