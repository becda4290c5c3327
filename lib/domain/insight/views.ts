/** What the analysis pages show: the shapes use cases return and components render. */

export type AnalysisRun = {
  id: string;
  status: "queued" | "running" | "done" | "failed";
  processed: number;
  total: number;
  notAnalysed: number;
  themesProposed: number;
  createdAt: Date;
  finishedAt: Date | null;
};

/** An item quoted for a theme; `codedBy` names the officer who coded it by hand (null: the analysis). */
type ThemeQuote = { itemId: string; text: string; score: number; source: "analysis" | "officer"; codedBy: string | null; codedAt: Date };
export type ThemeSummary = { id: string; label: string; keyPhrases: string[]; origin: "analysis" | "officer"; count: number; quotes: ThemeQuote[] };

/** Items the analysis does not read, in one language ("und": not identified), the first few listed. */
export type NotAnalysedGroup = { language: string; count: number; items: { id: string; text: string }[] };

type ItemCoding = { themeId: string; label: string; source: "analysis" | "officer"; codedBy: string | null; codedAt: Date };
type AnalysisItem = { id: string; text: string; locale: string; codings: ItemCoding[] };
export type AnalysisItems = { items: AnalysisItem[]; total: number; page: number; pageCount: number };

export const HISTORY_ACTIONS = ["run", "rename", "delete", "merge", "split", "create", "code", "uncode", "counts_export"] as const;
/** One change to a subject's themes, from the audit log (append-only): who, when, what, and the theme's name where it has one. */
export type HistoryEntry = { at: Date; who: string | null; action: (typeof HISTORY_ACTIONS)[number]; label: string | null; to: string | null };
