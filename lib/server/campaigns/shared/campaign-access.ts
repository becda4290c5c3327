import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { campaignRecipients, surveyCampaigns } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { linkState, type LinkState } from "@/lib/domain/campaigns/reminder-schedule";
import type { OrganisationAnswers } from "@/lib/domain/surveys/journey";

/**
 * A personal link's standing for this survey: "invalid" for a recipient of another survey's
 * campaign (or none), otherwise live, expired, revoked or used.
 */
export async function campaignLinkState(executor: Executor, surveyId: string, recipientId: string, now: Date): Promise<LinkState | "invalid"> {
  const [row] = await executor
    .select({ expiresAt: campaignRecipients.expiresAt, revokedAt: campaignRecipients.revokedAt, submittedAt: campaignRecipients.submittedAt })
    .from(campaignRecipients)
    .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, campaignRecipients.campaignId))
    .where(and(eq(campaignRecipients.id, recipientId), eq(surveyCampaigns.surveyId, surveyId)));
  return row ? linkState(row, now) : "invalid";
}

const LINK_ENDED = { expired: "problems.campaign.link.expired", revoked: "problems.campaign.link.revoked", used: "problems.campaign.link.used" } as const;

/** Throws unless the link opens this survey now: the personal link is the authority for answering. */
export async function assertCampaignLink(executor: Executor, surveyId: string, recipientId: string, now: Date): Promise<void> {
  const state = await campaignLinkState(executor, surveyId, recipientId, now);
  if (state === "invalid") throw new NotFoundError("problems.campaign.linkInvalid");
  if (state !== "live") throw new ConflictError(LINK_ENDED[state]);
}

/** The organisation the recipient was invited as, to fill in the survey's organisation page. */
export async function recipientOrganisation(executor: Executor, recipientId: string): Promise<OrganisationAnswers | null> {
  const [row] = await executor
    .select({ organisationName: campaignRecipients.organisationName, sector: campaignRecipients.sector, sizeBand: campaignRecipients.sizeBand })
    .from(campaignRecipients)
    .where(eq(campaignRecipients.id, recipientId));
  return row?.organisationName ? { organisationName: row.organisationName, sector: row.sector, sizeBand: row.sizeBand, neighbourhoodId: null } : null;
}

/** Notes the first draft started through the link. */
export async function markRecipientStarted(tx: Executor, recipientId: string, now: Date): Promise<void> {
  await tx.update(campaignRecipients).set({ startedAt: now }).where(and(eq(campaignRecipients.id, recipientId), isNull(campaignRecipients.startedAt)));
}

/** The response through the link was submitted: the link is used, and reminders stop. */
export async function markRecipientSubmitted(tx: Executor, recipientId: string, now: Date): Promise<void> {
  await tx.update(campaignRecipients).set({ submittedAt: now }).where(and(eq(campaignRecipients.id, recipientId), isNull(campaignRecipients.submittedAt)));
}
