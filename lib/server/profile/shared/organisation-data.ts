import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { campaignRecipients, organisationInvitations, organisationJoinRequests, organisations, surveyCampaigns, surveys } from "@/lib/db/schema";
import type { PersonalData } from "@/lib/domain/profile/personal-data";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The person's requests to join organisations, and the invitations (to organisations, to surveys) sent to their address. */
export async function organisationData(executor: Executor, userId: string, email: string): Promise<Pick<PersonalData, "joinRequests" | "invitations" | "surveyInvitations">> {
  const [requests, invitations, campaigns] = await Promise.all([
    executor
      .select({ organisation: organisations.name, status: organisationJoinRequests.status, message: organisationJoinRequests.message, askedAt: organisationJoinRequests.createdAt, answeredAt: organisationJoinRequests.decidedAt })
      .from(organisationJoinRequests)
      .innerJoin(organisations, eq(organisations.id, organisationJoinRequests.organisationId))
      .where(eq(organisationJoinRequests.userId, userId))
      .orderBy(asc(organisationJoinRequests.createdAt)),
    executor
      .select({ organisation: organisations.name, sentAt: organisationInvitations.createdAt, expiresAt: organisationInvitations.expiresAt, acceptedAt: organisationInvitations.acceptedAt, withdrawnAt: organisationInvitations.revokedAt })
      .from(organisationInvitations)
      .innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
      .where(eq(organisationInvitations.email, email.toLowerCase()))
      .orderBy(asc(organisationInvitations.createdAt)),
    executor
      .select({ survey: surveys.title, invitedAt: campaignRecipients.invitedAt, submittedAt: campaignRecipients.submittedAt, unsubscribedAt: campaignRecipients.unsubscribedAt })
      .from(campaignRecipients)
      .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, campaignRecipients.campaignId))
      .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
      .where(eq(campaignRecipients.email, email.toLowerCase()))
      .orderBy(asc(campaignRecipients.createdAt)),
  ]);
  return {
    joinRequests: requests.map((request) => ({ ...request, askedAt: request.askedAt.toISOString(), answeredAt: iso(request.answeredAt) })),
    invitations: invitations.map((invitation) => ({
      organisation: invitation.organisation,
      sentAt: invitation.sentAt.toISOString(),
      expiresAt: invitation.expiresAt.toISOString(),
      acceptedAt: iso(invitation.acceptedAt),
      withdrawnAt: iso(invitation.withdrawnAt),
    })),
    surveyInvitations: campaigns.map((campaign) => ({ survey: campaign.survey, invitedAt: iso(campaign.invitedAt), submittedAt: iso(campaign.submittedAt), unsubscribedAt: iso(campaign.unsubscribedAt) })),
  };
}
