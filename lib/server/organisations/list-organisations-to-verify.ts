import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { verificationOfView, type VerificationView } from "@/lib/domain/organisations/verification";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, organisations, users } from "@/lib/db/schema";
import { ORGANISATION_DETAILS } from "@/lib/server/organisations/shared/organisation-columns";

/**
 * The organisations one of the console's views lists (those waiting for a decision by default),
 * newest first, with what an officer checks them by and how many people belong to each.
 */
export async function listOrganisationsToVerify(view: VerificationView) {
  const verification = verificationOfView(view);
  return getDb()
    .select({ id: organisations.id, ...ORGANISATION_DETAILS, people: count(users.id) })
    .from(organisations)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, organisations.neighbourhoodId))
    .leftJoin(users, eq(users.organisationId, organisations.id))
    .where(verification ? eq(organisations.verification, verification) : undefined)
    .groupBy(organisations.id, neighbourhoods.name)
    .orderBy(desc(organisations.createdAt), organisations.name);
}
