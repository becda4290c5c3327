/** The stages a campaign's recipients pass through, in order. "Opened" is known only where the email service reports it. */
export const FUNNEL_STAGES = ["invited", "delivered", "opened", "started", "submitted"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** How many recipients reached each stage, and how many were stopped by a bounce or an unsubscribe. */
export type StageCounts = Record<FunnelStage | "bounced" | "unsubscribed", number>;

/** The dimensions a campaign's funnel is broken down by. */
export const FUNNEL_DIMENSIONS = ["list", "partner", "sector", "size"] as const;
export type FunnelDimension = (typeof FUNNEL_DIMENSIONS)[number];

/** One group of recipients (a list, a partner, a sector, a size band; key null: not known). */
export type FunnelGroup = { key: string | null; label: string | null; counts: StageCounts };

/** `part` as a percentage of `whole`; null when there is no whole to take it of. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

/** Each stage with its count and its share of those invited, for the funnel chart. */
export function funnelFigures(counts: StageCounts): { stage: FunnelStage; count: number; percent: number | null }[] {
  return FUNNEL_STAGES.map((stage) => ({ stage, count: counts[stage], percent: percentOf(counts[stage], counts.invited) }));
}

/** The response rate: submitted answers as a share of those invited. */
export const responseRate = (counts: StageCounts) => percentOf(counts.submitted, counts.invited);

/**
 * When a group is flagged as under-represented: its share of the responses is at least this many
 * percentage points below its share of those invited ("construction: 20% of invited, 8% of responses").
 */
export const UNDER_REPRESENTED_POINTS = 5;
/** Below this many responses in all, shares of responses say nothing yet: nothing is flagged. */
export const MIN_RESPONSES_TO_COMPARE = 5;

export type Representation = {
  key: string | null;
  label: string | null;
  invited: number;
  submitted: number;
  /** Percentages; null when nobody was invited (or nobody responded) in all. */
  invitedShare: number | null;
  responseShare: number | null;
  responseRate: number | null;
  underRepresented: boolean;
};

/**
 * Each group's share of those invited against its share of the responses, with its response rate,
 * and whether it is under-represented among the responses. Groups come out largest first.
 */
export function compareRepresentation(groups: FunnelGroup[], points = UNDER_REPRESENTED_POINTS): Representation[] {
  const invited = groups.reduce((sum, group) => sum + group.counts.invited, 0);
  const submitted = groups.reduce((sum, group) => sum + group.counts.submitted, 0);
  const comparable = submitted >= MIN_RESPONSES_TO_COMPARE;
  return groups
    .map((group) => {
      const invitedShare = percentOf(group.counts.invited, invited);
      const responseShare = percentOf(group.counts.submitted, submitted);
      return {
        key: group.key,
        label: group.label,
        invited: group.counts.invited,
        submitted: group.counts.submitted,
        invitedShare,
        responseShare,
        responseRate: responseRate(group.counts),
        underRepresented: comparable && invitedShare !== null && responseShare !== null && invitedShare - responseShare >= points,
      };
    })
    .sort((a, b) => b.invited - a.invited || (a.label ?? "").localeCompare(b.label ?? ""));
}

/** A campaign's report: the campaign, its overall funnel, and each dimension's groups. */
export type CampaignFunnel = {
  campaign: { id: string; name: string; status: "draft" | "sending" | "sent"; sentAt: Date | null; partnerName: string | null; surveyId: string; surveyTitle: string };
  overall: StageCounts;
  /** Per dimension: each group's funnel and how its share of responses compares with its share of invited. */
  groups: Record<FunnelDimension, { group: FunnelGroup; representation: Representation }[]>;
};
