import type { MissingGroup } from "@/lib/domain/equalities/compare";
import type { ShownCount } from "@/lib/domain/equalities/suppress";
import type { ResponseChannel } from "@/lib/domain/surveys/offline/channels";
import type { PublicQuestion } from "@/lib/domain/surveys/results/public-questions";
import type { SectionChoice } from "./sections";

/**
 * What a consultation report says, as figures: every count already suppressed (a ShownCount or a
 * suppressed results table), every quote already moderated and anonymised. Language-neutral: the
 * document, the officer's preview and the public "you said, we did" put it into words. This is what
 * publishing freezes (consultation_reports.published_content).
 */
export interface ReportFacts {
  subject: { kind: "topic" | "survey"; title: string; slug: string };
  asked: { summary: string; body: string; questions: string[]; dates: ReportDate[] };
  participation: Participation;
  results: ReportResults[];
  themes: ReportTheme[];
  method: { analysed: boolean; channels: Channel[]; firstResponse: string | null; lastResponse: string | null };
}

export type ReportDate = { kind: "opens" | "closes" | "decision" | "custom"; label: string | null; date: string };
export { RESPONSE_CHANNELS as CHANNELS } from "@/lib/domain/surveys/offline/channels";
export type Channel = ResponseChannel;

export interface Participation {
  counts: { key: "comments" | "commenters" | "responses"; shown: ShownCount }[];
  /** Responses by channel (surveys): the cells add up to the responses, so suppressed together. */
  channels: { channel: Channel; shown: ShownCount }[];
  /** Each campaign's invitations and answers, and the response rate where both are shown. */
  campaigns: { name: string; invited: ShownCount; submitted: ShownCount; rate: number | null }[];
  /** "Who is missing": null when there are no population figures to compare with. */
  missing: { participants: ShownCount; groups: MissingGroup[] } | null;
}

export interface ReportResults {
  survey: string;
  responses: ShownCount;
  questions: PublicQuestion[];
}

export interface ReportTheme {
  label: string;
  /** The free-text question the theme is about (survey answers); null for a topic's comments. */
  question: string | null;
  keyPhrases: string[];
  shown: ShownCount;
  quotes: string[];
}

/** A report as its page, its files and the public page read it: the facts with the officers' words. */
export interface ReportContent {
  title: string;
  decision: string;
  sections: SectionChoice[];
  facts: ReportFacts;
  publishedAt: string | null;
}
