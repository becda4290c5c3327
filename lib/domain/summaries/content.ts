import type { Period } from "./period";

/** What a summary email says, composed on the server and rendered to HTML and plain text alike. */
export interface LinkedItem {
  id: string;
  title: string;
  url: string;
}

interface DiscussedTopic extends LinkedItem {
  comments: number;
}

interface ClosingTopic extends LinkedItem {
  /** "YYYY-MM-DD" */
  closesOn: string;
}

export interface SummaryQuote {
  text: string;
  topic: LinkedItem;
}

/** A count shown in public: null means "fewer than 5" (the public-results rule). */
export type PublicCount = number | null;

export interface SurveyHeadline {
  question: string;
  answer: string;
  /** Whole percent of those who answered the question. */
  percent: number;
  answered: number;
}

export interface SurveyActivity extends LinkedItem {
  open: boolean;
  responsesInPeriod: PublicCount;
  responsesTotal: PublicCount;
  headline: SurveyHeadline | null;
}

interface CommentFigures {
  inPeriod: number;
  previous: number;
}

export interface ThemeSection {
  /** null: every theme together. */
  theme: { id: string; name: string } | null;
  newTopics: LinkedItem[];
  openTopics: LinkedItem[];
  comments: CommentFigures;
  mostDiscussed: DiscussedTopic[];
  quotes: SummaryQuote[];
  closingSoon: ClosingTopic[];
  outcomes: LinkedItem[];
  surveys: SurveyActivity[];
  /** Nothing happened in the period: no new topics, comments, outcomes or survey responses. */
  empty: boolean;
}

export interface SummaryContent {
  period: Period;
  periodLabel: string;
  sections: ThemeSection[];
}

/** A summary of one topic or one survey, sent once by an officer. */
export type OneOffContent =
  | { kind: "topic"; topic: LinkedItem & { summary: string; status: string; closesOn: string | null; outcomePublished: boolean }; comments: number; quotes: SummaryQuote[] }
  | { kind: "survey"; survey: SurveyActivity & { summary: string } };

export const isQuiet = (content: SummaryContent): boolean => content.sections.every((section) => section.empty);
