import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { organisationInvitations } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { requireInOrganisation } from "@/lib/server/organisations/shared/membership";

/** An administrator withdraws an open invitation: its link stops working at once. */
export async function withdrawInvitation(user: CurrentUser, input: { invitationId: string }, now = new Date()): Promise<void> {
  await getDb().transaction(async (tx) => {
    const membership = await requireInOrganisation(tx, user, "organisation:invite");
    const withdrawn = await tx
      .update(organisationInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(organisationInvitations.id, input.invitationId),
          eq(organisationInvitations.organisationId, membership.organisation.id),
          isNull(organisationInvitations.acceptedAt),
          isNull(organisationInvitations.revokedAt),
        ),
      )
      .returning({ id: organisationInvitations.id });
    if (withdrawn.length === 0) throw new NotFoundError("problems.organisation.invitationNotFound");
    await recordAudit(tx, { actorId: user.id, action: "organisation.invitation-withdrawn", subjectType: "organisation", subjectId: membership.organisation.id, details: { invitationId: input.invitationId } });
  });
}
