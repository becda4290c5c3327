import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { organisations } from "@/lib/db/schema";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { addToOrganisation, findMembership } from "@/lib/server/organisations/shared/membership";
import { assertOrganisationNameFree, uniqueOrganisationSlug } from "@/lib/server/organisations/shared/organisation-names";
import { neighbourhoodOfPostcode } from "@/lib/server/organisations/shared/organisation-place";
import { assertOwnEmailDomain, ORGANISATION_WRITE_RATE, organisationWriteKey } from "@/lib/server/organisations/shared/organisation-rules";
import type { TOrganisationDetails } from "@/lib/validations/organisation";

/**
 * Registers an organisation with the person as its first administrator. It starts unverified: an
 * employer's people may answer employers' surveys at once, and officers verify or reject it later.
 * Someone who already belongs to an organisation must leave it first.
 */
export async function registerOrganisation(user: CurrentUser, input: TOrganisationDetails, now = new Date()): Promise<{ id: string }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, organisationWriteKey(user.id), ORGANISATION_WRITE_RATE, now);
    const current = await findMembership(tx, user.id, true);
    if (current) throw new ConflictError("problems.organisation.alreadyMember", { organisation: current.organisation.name });
    assertOwnEmailDomain(user, input.emailDomain);
    await assertOrganisationNameFree(tx, input.name, "validation.organisationRegistration.nameRegistered");
    const [created] = await tx
      .insert(organisations)
      .values({
        ...input,
        slug: await uniqueOrganisationSlug(tx, input.name),
        neighbourhoodId: await neighbourhoodOfPostcode(tx, input.postcode),
        verification: "unverified",
        registeredBy: user.id,
        createdAt: now,
      })
      .returning({ id: organisations.id });
    if (!created) throw new Error("organisation: no row inserted");
    const platformRole = await addToOrganisation(tx, user.id, created.id, "administrator");
    await recordAudit(tx, { actorId: user.id, action: "organisation.registered", subjectType: "organisation", subjectId: created.id, details: { name: input.name, kind: input.kind, platformRole } });
    return created;
  });
}
