import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { leavesNoAdministrator } from "@/lib/domain/organisations/membership";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { removeFromOrganisation, requireInOrganisation } from "@/lib/server/organisations/shared/membership";
import { listOrganisationPeople } from "@/lib/server/organisations/shared/people";

/** The person leaves their organisation (the last administrator hands over first, unless alone). */
export async function leaveOrganisation(user: CurrentUser): Promise<{ organisation: string }> {
  return getDb().transaction(async (tx) => {
    const membership = await requireInOrganisation(tx, user, "organisation:leave", true);
    const people = await listOrganisationPeople(tx, membership.organisation.id, true);
    if (leavesNoAdministrator(people, membership, null)) throw new ConflictError("problems.organisation.lastAdministratorLeaving");
    await removeFromOrganisation(tx, user.id);
    await recordAudit(tx, { actorId: user.id, action: "organisation.left", subjectType: "organisation", subjectId: membership.organisation.id, details: { role: membership.role } });
    return { organisation: membership.organisation.name };
  });
}
