/** The moderation decisions the dashboard counts, in the order it shows them. */
export const DECISIONS = ["approve", "reject", "hide", "restore"] as const;
export type Decision = (typeof DECISIONS)[number];

/** What the participation chart draws for each week, in the order of its key and table columns. */
export const PARTICIPATION_SERIES = ["comments", "responses", "newParticipants"] as const;
export type ParticipationSeries = (typeof PARTICIPATION_SERIES)[number];
