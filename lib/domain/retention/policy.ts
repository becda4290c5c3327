/**
 * How long personal data that has done its job is kept, before the scheduled jobs remove it. Two
 * periods are settings (RETENTION_DRAFT_DAYS, RETENTION_EMAIL_DAYS); the rest follow from what the
 * data is for: a session or a sign-in token is useless once expired, and no rate-limit window is
 * longer than an hour.
 */
export type RetentionPolicy = {
  /** Unfinished survey drafts (and the resume links that open them), counted from their last change. */
  draftDays: number;
  /** The text of emails that have been sent or given up on; who, when, subject and status are kept. */
  emailBodyDays: number;
  /** Rate-limit counters, counted from the start of their window. */
  rateLimitHours: number;
};

export const RATE_LIMIT_HOURS = 24;

/** What one run removes, in the order the console and the privacy notice list it. */
export const PURGED_KINDS = ["drafts", "emailBodies", "rateLimits", "sessions", "signInTokens", "invitations", "joinRequests", "campaignAddresses"] as const;
export type PurgedKind = (typeof PURGED_KINDS)[number];

export type RetentionCutoffs = { draftsBefore: Date; emailBodiesBefore: Date; rateLimitsBefore: Date; expiredBefore: Date };

const DAY = 86_400_000;

/** The moments before which each kind of data is removed, for a run at `now`. */
export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  return {
    draftsBefore: new Date(now.getTime() - policy.draftDays * DAY),
    emailBodiesBefore: new Date(now.getTime() - policy.emailBodyDays * DAY),
    rateLimitsBefore: new Date(now.getTime() - policy.rateLimitHours * 3_600_000),
    expiredBefore: now,
  };
}
