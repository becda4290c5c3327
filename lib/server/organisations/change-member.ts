import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { leavesNoAdministrator } from "@/lib/domain/organisations/membership";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { removeFromOrganisation, requireInOrganisation } from "@/lib/server/organisations/shared/membership";
import { listOrganisationPeople } from "@/lib/server/organisations/shared/people";

/**
 * An administrator removes someone from their organisation, or makes them an administrator or a
 * member. The organisation always keeps an administrator; to go yourself, leave.
 */
export async function changeMember(user: CurrentUser, input: { userId: string; change: "remove" | "administrator" | "member" }): Promise<{ person: string }> {
  return getDb().transaction(async (tx) => {
    const membership = await requireInOrganisation(tx, user, "organisation:manage-people");
    const people = await listOrganisationPeople(tx, membership.organisation.id, true);
    const target = people.find((person) => person.id === input.userId);
    if (!target) throw new NotFoundError("problems.organisation.personNotFound");
    if (input.change === "remove" && target.id === user.id) throw new ConflictError("problems.organisation.removeYourself");
    const next = input.change === "remove" ? null : input.change;
    if (leavesNoAdministrator(people, target, next)) throw new ConflictError("problems.organisation.lastAdministrator");
    if (next) await tx.update(users).set({ organisationRole: next }).where(eq(users.id, target.id));
    else await removeFromOrganisation(tx, target.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: next ? "organisation.role-changed" : "organisation.member-removed",
      subjectType: "organisation",
      subjectId: membership.organisation.id,
      details: { userId: target.id, from: target.role, to: next },
    });
    return { person: target.name ?? target.email };
  });
}
