import type { Locale } from "@/lib/i18n/locales";
import { pickText, readingState, type ReadingState, type Shown, type TranslatableField, type TranslationFields } from "./translation-fields";

/** A topic's English, as far as translation is concerned: its words and its documents' names. */
export interface TopicOriginal {
  title: string;
  summary: string;
  /** The body's plain text: what a translation of the body is compared with. */
  bodyText: string;
  documents: { id: string; name: string }[];
}

/**
 * Translations may run longer than the English: Polish and Punjabi often do. The body's limit is on
 * its text; its JSON is limited where the form is read.
 */
const TOPIC_TRANSLATION_LIMITS = { title: 200, summary: 700, body: 100_000, document: 200 } as const;

const documentKey = (id: string) => `document.${id}`;

/** What of a topic can be translated: its title, summary and body, and each document's name. */
export function topicFields(topic: TopicOriginal): TranslatableField[] {
  return [
    { key: "title", kind: "line", part: "title", original: topic.title, max: TOPIC_TRANSLATION_LIMITS.title },
    { key: "summary", kind: "text", part: "summary", original: topic.summary, max: TOPIC_TRANSLATION_LIMITS.summary },
    { key: "body", kind: "rich", part: "body", original: topic.bodyText, max: TOPIC_TRANSLATION_LIMITS.body },
    ...topic.documents.map((document): TranslatableField => ({ key: documentKey(document.id), kind: "line", part: "document", original: document.name, max: TOPIC_TRANSLATION_LIMITS.document })),
  ];
}

type Document = { id: string; name: string };

export interface LocalisedTopic<D extends Document = Document> {
  title: Shown;
  summary: Shown;
  /** Stored, sanitised HTML: the translation's, or the English. */
  bodyHtml: Shown;
  documents: (Omit<D, "name"> & { name: Shown })[];
  state: ReadingState;
  /** A translation is shown, but some of it is in English (not translated yet, or the English changed since). */
  partial: boolean;
}

/**
 * The topic for a reader of `locale`: each part in their language where a translation matches the
 * English, otherwise in English; all in English when they asked for the original.
 */
export function localiseTopic<D extends Document>(
  topic: Omit<TopicOriginal, "documents"> & { bodyHtml: string; documents: D[] },
  stored: TranslationFields | null,
  locale: Locale,
  askedForOriginal = false,
): LocalisedTopic<D> {
  const pickAll = (language: Locale) => ({
    title: pickText({ key: "title", original: topic.title }, topic.title, stored, language),
    summary: pickText({ key: "summary", original: topic.summary }, topic.summary, stored, language),
    bodyHtml: pickText({ key: "body", original: topic.bodyText }, topic.bodyHtml, stored, language),
    documents: topic.documents.map((document) => ({ ...document, name: pickText({ key: documentKey(document.id), original: document.name }, document.name, stored, language) })),
  });
  const translated = pickAll(locale);
  const shown = [translated.title, translated.summary, translated.bodyHtml, ...translated.documents.map((document) => document.name)];
  const state = readingState(locale, shown, askedForOriginal);
  if (state === "original") return { ...pickAll("en"), state, partial: false };
  return { ...translated, state, partial: state === "translated" && shown.some((item) => item.lang === "en") };
}

/** A topic card (home page, topic list): its title and summary in the reader's language where translated. */
export function localiseTopicCard<T extends { title: string; summary: string }>(card: T, stored: TranslationFields | null, locale: Locale): Omit<T, "title" | "summary"> & { title: Shown; summary: Shown } {
  return {
    ...card,
    title: pickText({ key: "title", original: card.title }, card.title, stored, locale),
    summary: pickText({ key: "summary", original: card.summary }, card.summary, stored, locale),
  };
}
