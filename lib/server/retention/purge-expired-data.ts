import "server-only";
import { and, eq, inArray, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { campaignRecipients, emailOutbox, organisationInvitations, organisationJoinRequests, rateLimits, sessions, surveyResponses, verificationTokens } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { RATE_LIMIT_HOURS, retentionCutoffs, type PurgedKind, type RetentionPolicy } from "@/lib/domain/retention/policy";
import { recordAudit } from "@/lib/server/audit/record-audit";

export type PurgeReport = Record<PurgedKind, number>;

/** The retention periods in force (README and the privacy notice give the same). */
export function configuredRetentionPolicy(): RetentionPolicy {
  return { draftDays: env.RETENTION_DRAFT_DAYS, emailBodyDays: env.RETENTION_EMAIL_DAYS, rateLimitHours: RATE_LIMIT_HOURS };
}

/** Mail that will not be sent again: its text may go once the period has passed. */
const FINISHED = ["sent", "failed", "bounced", "complained", "cancelled"] as const;

/**
 * Removes what has outlived its purpose, in one transaction, and records the run (counts only) in
 * the audit log, where the console reads when it last ran: unfinished survey drafts and their resume
 * tokens, the text of finished emails, old rate-limit counters, expired sessions and sign-in tokens,
 * organisation invitations that can no longer be used (with the address they went to), and answered
 * or withdrawn requests to join once the drafts' period has passed, and the addresses (with names
 * and organisations) on the lists of campaigns whose survey closed that long ago: the campaign keeps
 * its counts by stage, sector and size band.
 */
export async function purgeExpiredData(options: { db?: Database; now?: Date; policy?: RetentionPolicy } = {}): Promise<PurgeReport> {
  const policy = options.policy ?? configuredRetentionPolicy();
  const cutoffs = retentionCutoffs(policy, options.now ?? new Date());
  return (options.db ?? getDb()).transaction(async (tx) => {
    const drafts = await tx
      .delete(surveyResponses)
      .where(and(eq(surveyResponses.status, "draft"), lt(surveyResponses.updatedAt, cutoffs.draftsBefore)))
      .returning({ id: surveyResponses.id });
    const emailBodies = await tx
      .update(emailOutbox)
      .set({ textBody: "", htmlBody: "" })
      .where(and(inArray(emailOutbox.status, [...FINISHED]), lt(emailOutbox.updatedAt, cutoffs.emailBodiesBefore), or(ne(emailOutbox.textBody, ""), ne(emailOutbox.htmlBody, ""))))
      .returning({ id: emailOutbox.id });
    const limits = await tx.delete(rateLimits).where(lt(rateLimits.windowStart, cutoffs.rateLimitsBefore)).returning({ key: rateLimits.key });
    const expiredSessions = await tx.delete(sessions).where(lt(sessions.expires, cutoffs.expiredBefore)).returning({ token: sessions.sessionToken });
    const tokens = await tx.delete(verificationTokens).where(lt(verificationTokens.expires, cutoffs.expiredBefore)).returning({ token: verificationTokens.token });
    const invitations = await tx
      .delete(organisationInvitations)
      .where(or(lt(organisationInvitations.expiresAt, cutoffs.expiredBefore), isNotNull(organisationInvitations.acceptedAt), isNotNull(organisationInvitations.revokedAt)))
      .returning({ id: organisationInvitations.id });
    const joinRequests = await tx
      .delete(organisationJoinRequests)
      .where(and(ne(organisationJoinRequests.status, "pending"), lt(organisationJoinRequests.decidedAt, cutoffs.draftsBefore)))
      .returning({ id: organisationJoinRequests.id });
    const campaignAddresses = await tx
      .update(campaignRecipients)
      .set({ email: sql`'removed-' || ${campaignRecipients.id}`, name: null, organisationName: null, contactId: null })
      .where(
        and(
          sql`${campaignRecipients.email} not like 'removed-%'`,
          // When the survey stopped taking answers: its closing date, or when it was closed by hand.
          sql`${campaignRecipients.campaignId} in (select c.id from survey_campaigns c join surveys s on s.id = c.survey_id
            where coalesce(s.closes_at, case when s.status = 'closed' then s.updated_at end) < ${cutoffs.draftsBefore.toISOString()}::timestamptz)`,
        ),
      )
      .returning({ id: campaignRecipients.id });
    const report = {
      drafts: drafts.length,
      emailBodies: emailBodies.length,
      rateLimits: limits.length,
      sessions: expiredSessions.length,
      signInTokens: tokens.length,
      invitations: invitations.length,
      joinRequests: joinRequests.length,
      campaignAddresses: campaignAddresses.length,
    };
    await recordAudit(tx, { actorId: null, action: "retention.purged", subjectType: "retention", subjectId: "policy", details: { ...report, policy } });
    return report;
  });
}
