import type { Locale } from "@/lib/i18n/locales";

/** A comment as the discussion shows it, with its replies. */
export type CommentView = {
  id: string;
  depth: number;
  /** removed: deleted by its author or by a moderator, shown as a placeholder because replies follow. */
  state: "published" | "removed";
  removedBy: "author" | "moderator" | null;
  body: string;
  /** The language it is written in (shown beside it, and set on its text for screen readers). */
  locale: Locale;
  authorName: string | null;
  createdAt: Date;
  edited: boolean;
  helpfulCount: number;
  replies: CommentView[];
};
