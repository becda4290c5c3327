import "server-only";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { canInOrganisation } from "@/lib/domain/access/policy";
import type { OrganisationDetails } from "@/lib/domain/organisations/details";
import type { OrganisationRole } from "@/lib/domain/access/roles";
import { getDb, type Executor } from "@/lib/db/client";
import { neighbourhoods, organisationInvitations, organisationJoinRequests, organisations, users } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { findMembership } from "@/lib/server/organisations/shared/membership";
import { ORGANISATION_DETAILS } from "@/lib/server/organisations/shared/organisation-columns";
import { listOrganisationPeople, type OrganisationPerson } from "@/lib/server/organisations/shared/people";


export type MyOrganisation = {
  role: OrganisationRole;
  organisation: OrganisationDetails;
  people: (OrganisationPerson & { isYou: boolean })[];
  /** For administrators only (empty for members). */
  joinRequests: { id: string; name: string | null; email: string; message: string; createdAt: Date }[];
  invitations: { id: string; email: string; createdAt: Date; expiresAt: Date }[];
};

async function details(executor: Executor, organisationId: string): Promise<OrganisationDetails> {
  const [row] = await executor
    .select(ORGANISATION_DETAILS)
    .from(organisations)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, organisations.neighbourhoodId))
    .where(eq(organisations.id, organisationId));
  if (!row) throw new NotFoundError("problems.organisation.notFound");
  return row;
}

/**
 * The person's organisation as its page shows it: details, standing, people; and, for its
 * administrators, the requests to join and the invitations still open. Null when they belong nowhere.
 */
export async function getMyOrganisation(user: CurrentUser, now = new Date()): Promise<MyOrganisation | null> {
  const db = getDb();
  const membership = await findMembership(db, user.id);
  if (!membership) return null;
  const id = membership.organisation.id;
  const administers = canInOrganisation(membership.role, "organisation:decide-join");
  const [organisation, people, joinRequests, invitations] = await Promise.all([
    details(db, id),
    listOrganisationPeople(db, id),
    administers
      ? db
          .select({ id: organisationJoinRequests.id, name: users.name, email: users.email, message: organisationJoinRequests.message, createdAt: organisationJoinRequests.createdAt })
          .from(organisationJoinRequests)
          .innerJoin(users, eq(users.id, organisationJoinRequests.userId))
          .where(and(eq(organisationJoinRequests.organisationId, id), eq(organisationJoinRequests.status, "pending")))
          .orderBy(asc(organisationJoinRequests.createdAt))
      : [],
    canInOrganisation(membership.role, "organisation:invite")
      ? db
          .select({ id: organisationInvitations.id, email: organisationInvitations.email, createdAt: organisationInvitations.createdAt, expiresAt: organisationInvitations.expiresAt })
          .from(organisationInvitations)
          .where(and(eq(organisationInvitations.organisationId, id), isNull(organisationInvitations.acceptedAt), isNull(organisationInvitations.revokedAt), gt(organisationInvitations.expiresAt, now)))
          .orderBy(asc(organisationInvitations.createdAt))
      : [],
  ]);
  return { role: membership.role, organisation, people: people.map((person) => ({ ...person, isYou: person.id === user.id })), joinRequests, invitations };
}

/** The organisation's details for its edit form: administrators only. */
export async function getOrganisationForEdit(user: CurrentUser): Promise<OrganisationDetails> {
  const db = getDb();
  const membership = await findMembership(db, user.id);
  if (!membership) throw new NotFoundError("problems.organisation.notAMember");
  if (!canInOrganisation(membership.role, "organisation:edit")) throw new NotFoundError("problems.organisation.administratorsOnly");
  return details(db, membership.organisation.id);
}
