import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { invitationState, type InvitationState } from "@/lib/domain/organisations/invitation";
import { getDb } from "@/lib/db/client";
import { organisationInvitations, organisations, users } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { hashInvitationToken } from "@/lib/server/organisations/shared/invitation-token";

export type InvitationView = {
  organisation: string;
  inviter: string | null;
  email: string;
  state: InvitationState;
  expiresAt: Date;
  /** Whether the signed-in person is the one invited (null when signed out). */
  forYou: boolean | null;
};

/** What an invitation link shows: whose it is, from whom, and whether it can still be accepted. */
export async function getInvitation(token: string, user: CurrentUser | null, now = new Date()): Promise<InvitationView> {
  const [row] = await getDb()
    .select({
      organisation: organisations.name,
      verification: organisations.verification,
      inviter: users.name,
      email: organisationInvitations.email,
      acceptedAt: organisationInvitations.acceptedAt,
      revokedAt: organisationInvitations.revokedAt,
      expiresAt: organisationInvitations.expiresAt,
    })
    .from(organisationInvitations)
    .innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
    .leftJoin(users, eq(users.id, organisationInvitations.invitedBy))
    .where(eq(organisationInvitations.tokenHash, hashInvitationToken(token)));
  if (!row || row.verification === "rejected") throw new NotFoundError("problems.organisation.invitationNotFound");
  return {
    organisation: row.organisation,
    inviter: row.inviter,
    email: row.email,
    state: invitationState(row, now),
    expiresAt: row.expiresAt,
    forYou: user ? user.email.toLowerCase() === row.email : null,
  };
}
