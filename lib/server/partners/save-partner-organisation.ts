import "server-only";
import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb, type Executor } from "@/lib/db/client";
import { networkMembers, organisations } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { assertOrganisationNameFree, uniqueOrganisationSlug } from "@/lib/server/organisations/shared/organisation-names";
import type { TOrganisationInput } from "@/lib/validations/partner";
import { PARTNER_WRITE_RATE, partnerNetworkId, partnerWriteKey } from "@/lib/server/partners/shared/partner-network";

/** Joins or leaves the network; returns whether membership changed. */
async function setMembership(tx: Executor, organisationId: string, inNetwork: boolean): Promise<boolean> {
  const networkId = await partnerNetworkId(tx);
  const where = and(eq(networkMembers.networkId, networkId), eq(networkMembers.organisationId, organisationId));
  if (inNetwork) return (await tx.insert(networkMembers).values({ networkId, organisationId }).onConflictDoNothing().returning({ id: networkMembers.organisationId })).length > 0;
  return (await tx.delete(networkMembers).where(where).returning({ id: networkMembers.organisationId })).length > 0;
}

/**
 * Creates an organisation (its slug made from the name, unique) or updates one; the slug stays as
 * it was on a rename, so links to the organisation keep working. Names are unique, ignoring case.
 */
export async function savePartnerOrganisation(officer: CurrentUser, input: TOrganisationInput, organisationId?: string): Promise<{ id: string; slug: string }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, partnerWriteKey(officer.id), PARTNER_WRITE_RATE);
    await assertOrganisationNameFree(tx, input.name, "validation.organisation.nameTaken", organisationId);
    const values = { name: input.name, type: input.type, description: input.description, place: input.place };
    const [saved] = organisationId
      ? await tx.update(organisations).set(values).where(eq(organisations.id, organisationId)).returning({ id: organisations.id, slug: organisations.slug })
      : await tx
          .insert(organisations)
          // An organisation an officer adds needs no verification.
          .values({ ...values, slug: await uniqueOrganisationSlug(tx, input.name), verification: "verified", verifiedAt: new Date() })
          .returning({ id: organisations.id, slug: organisations.slug });
    if (!saved) throw new NotFoundError("problems.organisation.notFound");
    const membershipChanged = await setMembership(tx, saved.id, input.inNetwork);
    await recordAudit(tx, {
      actorId: officer.id,
      action: organisationId ? "organisation.updated" : "organisation.created",
      subjectType: "organisation",
      subjectId: saved.id,
      details: { ...values, inNetwork: input.inNetwork, membershipChanged },
    });
    return saved;
  });
}
