import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { organisationInvitations, users } from "@/lib/db/schema";
import { ConflictError } from "@/lib/errors";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { requireInOrganisation } from "@/lib/server/organisations/shared/membership";
import { queueMembershipEmail } from "@/lib/server/organisations/shared/join-notifications";
import { newInvitationToken } from "@/lib/server/organisations/shared/invitation-token";
import { INVITATION_DAYS, ORGANISATION_WRITE_RATE, organisationWriteKey } from "@/lib/server/organisations/shared/organisation-rules";

/**
 * An administrator invites a colleague by email: the link in the email works once, for 14 days,
 * for whoever signs in with that address. Inviting the same address again replaces the open
 * invitation (the old link stops working) and sends a fresh one.
 */
export async function inviteColleague(user: CurrentUser, input: { email: string }, now = new Date()): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, organisationWriteKey(user.id), ORGANISATION_WRITE_RATE, now);
    const membership = await requireInOrganisation(tx, user, "organisation:invite");
    const [already] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, input.email), eq(users.organisationId, membership.organisation.id)));
    if (already) throw new ConflictError("problems.organisation.alreadyInOrganisation", { email: input.email });
    await tx
      .update(organisationInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(organisationInvitations.organisationId, membership.organisation.id),
          eq(organisationInvitations.email, input.email),
          isNull(organisationInvitations.acceptedAt),
          isNull(organisationInvitations.revokedAt),
        ),
      );
    const { token, hash } = newInvitationToken();
    const [invitation] = await tx
      .insert(organisationInvitations)
      .values({ organisationId: membership.organisation.id, email: input.email, tokenHash: hash, invitedBy: user.id, createdAt: now, expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000) })
      .returning({ id: organisationInvitations.id });
    if (!invitation) throw new Error("invitation: no row inserted");
    await queueMembershipEmail(tx, input.email, `organisation-invitation:${invitation.id}`, {
      kind: "invitation",
      organisation: membership.organisation.name,
      inviter: user.name ?? user.email,
      expiresInDays: INVITATION_DAYS,
      url: `${env.AUTH_URL}/organisation/invitations/${token}`,
    });
    await recordAudit(tx, { actorId: user.id, action: "organisation.invited", subjectType: "organisation", subjectId: membership.organisation.id, details: { invitationId: invitation.id, email: input.email } });
  });
}
