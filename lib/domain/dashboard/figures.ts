/** The moderation decisions the dashboard counts, in the order it shows them. */
export const DECISIONS = ["approve", "reject", "hide", "restore"] as const;
type Decision = (typeof DECISIONS)[number];

/** What the participation chart draws for each week, in the order of its key and table columns. */
export const PARTICIPATION_SERIES = ["comments", "responses", "newParticipants"] as const;
export type ParticipationSeries = (typeof PARTICIPATION_SERIES)[number];

/** The last 30 days' moderation decisions and how long the comments decided had waited (seconds). */
export interface ModerationStats {
  decisions: Record<Decision, number>;
  totalDecisions: number;
  /** Decisions on waiting or reported comments, whose wait is measured (restores are not). */
  timed: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** How long the oldest comment still held for moderation has waited. */
  oldestWaitingSeconds: number | null;
}
