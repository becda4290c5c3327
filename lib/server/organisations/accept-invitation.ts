import "server-only";
import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { invitationState } from "@/lib/domain/organisations/invitation";
import { getDb } from "@/lib/db/client";
import { organisationInvitations, organisationJoinRequests, organisations } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { addToOrganisation, findMembership } from "@/lib/server/organisations/shared/membership";
import { hashInvitationToken } from "@/lib/server/organisations/shared/invitation-token";

const STATE_PROBLEMS = {
  accepted: "problems.organisation.invitationUsed",
  withdrawn: "problems.organisation.invitationWithdrawn",
  expired: "problems.organisation.invitationExpired",
} as const;

/**
 * The invited person accepts: signed in with the invited address, belonging to no organisation,
 * they join as a member, and any request to join they had waiting is withdrawn. The link then
 * stops working.
 */
export async function acceptInvitation(user: CurrentUser, token: string, now = new Date()): Promise<{ organisation: string }> {
  return getDb().transaction(async (tx) => {
    const [invitation] = await tx
      .select({ id: organisationInvitations.id, organisationId: organisationInvitations.organisationId, email: organisationInvitations.email, acceptedAt: organisationInvitations.acceptedAt, revokedAt: organisationInvitations.revokedAt, expiresAt: organisationInvitations.expiresAt, name: organisations.name, verification: organisations.verification })
      .from(organisationInvitations)
      .innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
      .where(eq(organisationInvitations.tokenHash, hashInvitationToken(token)))
      .for("update", { of: organisationInvitations });
    if (!invitation || invitation.verification === "rejected") throw new NotFoundError("problems.organisation.invitationNotFound");
    const state = invitationState(invitation, now);
    if (state !== "open") throw new ConflictError(STATE_PROBLEMS[state]);
    if (user.email.toLowerCase() !== invitation.email) throw new ForbiddenError("problems.organisation.invitationOtherAddress", { email: invitation.email });
    const current = await findMembership(tx, user.id, true);
    if (current) throw new ConflictError("problems.organisation.alreadyMember", { organisation: current.organisation.name });
    await addToOrganisation(tx, user.id, invitation.organisationId, "member");
    await tx.update(organisationInvitations).set({ acceptedAt: now }).where(eq(organisationInvitations.id, invitation.id));
    await tx
      .update(organisationJoinRequests)
      .set({ status: "withdrawn", decidedAt: now })
      .where(and(eq(organisationJoinRequests.userId, user.id), eq(organisationJoinRequests.status, "pending")));
    await recordAudit(tx, { actorId: user.id, action: "organisation.invitation-accepted", subjectType: "organisation", subjectId: invitation.organisationId, details: { invitationId: invitation.id } });
    return { organisation: invitation.name };
  });
}
