import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { canInOrganisation, type OrganisationAction } from "@/lib/domain/access/policy";
import type { OrganisationRole, Role } from "@/lib/domain/access/roles";
import { roleInOrganisation, roleOutsideOrganisation, type OrganisationKind, type Verification } from "@/lib/domain/organisations/membership";
import type { Executor } from "@/lib/db/client";
import { organisations, users } from "@/lib/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** A person's organisation and their place in it, as stored (never as a form claims). */
export type Membership = {
  userId: string;
  role: OrganisationRole;
  organisation: { id: string; name: string; kind: OrganisationKind; verification: Verification; emailDomain: string | null };
};

/** The person's membership, or null when they belong to no organisation. `lock` holds their row. */
export async function findMembership(executor: Executor, userId: string, lock = false): Promise<Membership | null> {
  const query = executor
    .select({
      role: users.organisationRole,
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      verification: organisations.verification,
      emailDomain: organisations.emailDomain,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  const [row] = lock ? await query.for("update", { of: users }) : await query;
  if (!row?.role) return null;
  const { role, ...organisation } = row;
  return { userId, role, organisation };
}

/**
 * The person's membership when their role in the organisation allows the action (checked against
 * ORGANISATION_POLICY); otherwise not-found when they belong nowhere, forbidden when they may not.
 */
export async function requireInOrganisation(executor: Executor, user: CurrentUser, action: OrganisationAction, lock = false): Promise<Membership> {
  const membership = await findMembership(executor, user.id, lock);
  if (!membership) throw new NotFoundError("problems.organisation.notAMember");
  if (!canInOrganisation(membership.role, action)) throw new ForbiddenError("problems.organisation.administratorsOnly");
  return membership;
}

/**
 * Puts the person in the organisation in this role, and gives them the platform role its people
 * have (an employer's people answer employers' surveys at once). Officers and admins keep theirs.
 */
export async function addToOrganisation(tx: Executor, userId: string, organisationId: string, role: OrganisationRole): Promise<Role> {
  const [person] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for("update");
  const [organisation] = await tx.select({ kind: organisations.kind, verification: organisations.verification }).from(organisations).where(eq(organisations.id, organisationId));
  if (!person || !organisation) throw new NotFoundError("problems.organisation.notFound");
  const platformRole = roleInOrganisation(person.role, organisation);
  await tx.update(users).set({ organisationId, organisationRole: role, role: platformRole }).where(eq(users.id, userId));
  return platformRole;
}

/** Takes the person out of their organisation; they are a resident again (staff keep their role). */
export async function removeFromOrganisation(tx: Executor, userId: string): Promise<void> {
  const [person] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for("update");
  if (!person) throw new NotFoundError("problems.organisation.notAMember");
  await tx.update(users).set({ organisationId: null, organisationRole: null, role: roleOutsideOrganisation(person.role) }).where(eq(users.id, userId));
}

/**
 * After an organisation's kind or verification changed: every one of its people gets the platform
 * role that now follows (a rejected employer's people lose employer access; reinstated, they get it back).
 */
export async function refreshMemberRoles(tx: Executor, organisationId: string): Promise<number> {
  const [organisation] = await tx.select({ kind: organisations.kind, verification: organisations.verification }).from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new NotFoundError("problems.organisation.notFound");
  const people = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.organisationId, organisationId)).for("update");
  let changed = 0;
  for (const role of new Set(people.map((person) => person.role))) {
    const next = roleInOrganisation(role, organisation);
    if (next === role) continue;
    const ids = people.filter((person) => person.role === role).map((person) => person.id);
    await tx.update(users).set({ role: next }).where(and(eq(users.organisationId, organisationId), inArray(users.id, ids)));
    changed += ids.length;
  }
  return changed;
}

/** The organisation's administrators: who is told about join requests and verification. */
export async function listAdministrators(executor: Executor, organisationId: string): Promise<{ id: string; email: string; name: string | null; locale: string | null }[]> {
  return executor
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.organisationRole, "administrator")));
}
