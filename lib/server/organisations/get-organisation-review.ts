import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog, neighbourhoods, organisations, users } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { ORGANISATION_DETAILS } from "@/lib/server/organisations/shared/organisation-columns";
import { listOrganisationPeople } from "@/lib/server/organisations/shared/people";

/** The audit entries that make up an organisation's verification history. */
const DECISIONS = ["organisation.verified", "organisation.rejected"];

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
const whole = (value: unknown): number => (typeof value === "number" && Number.isInteger(value) ? value : 0);

/**
 * One organisation as an officer reviews it: its details and verification, its people with their
 * role in it, and every verification decision so far (newest first, from the audit log).
 */
export async function getOrganisationReview(organisationId: string) {
  const db = getDb();
  const [organisation] = await db
    .select({ id: organisations.id, ...ORGANISATION_DETAILS })
    .from(organisations)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, organisations.neighbourhoodId))
    .where(eq(organisations.id, organisationId));
  if (!organisation) throw new NotFoundError("problems.organisation.notFound");
  const [people, decisions] = await Promise.all([
    listOrganisationPeople(db, organisationId),
    db
      .select({ id: auditLog.id, action: auditLog.action, details: auditLog.details, at: auditLog.createdAt, actorName: users.name, actorEmail: users.email })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.subjectType, "organisation"), eq(auditLog.subjectId, organisationId), inArray(auditLog.action, DECISIONS)))
      .orderBy(desc(auditLog.createdAt)),
  ]);
  const history = decisions.map((entry) => ({
    id: entry.id,
    decision: entry.action === "organisation.verified" ? ("verified" as const) : ("rejected" as const),
    at: entry.at,
    actor: entry.actorName ?? entry.actorEmail,
    reason: text(entry.details.reason),
    rolesChanged: whole(entry.details.rolesChanged),
  }));
  return { ...organisation, people, history };
}
