import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { organisations } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { refreshMemberRoles, requireInOrganisation } from "@/lib/server/organisations/shared/membership";
import { assertOrganisationNameFree } from "@/lib/server/organisations/shared/organisation-names";
import { neighbourhoodOfPostcode } from "@/lib/server/organisations/shared/organisation-place";
import { assertOwnEmailDomain, ORGANISATION_WRITE_RATE, organisationWriteKey } from "@/lib/server/organisations/shared/organisation-rules";
import type { TOrganisationDetails } from "@/lib/validations/organisation";

/**
 * An administrator changes the organisation's details. A new name, kind or email domain is what an
 * officer checked: changing one returns a verified organisation to "waiting for a decision", so a
 * verified name can never be borrowed for another business or another domain. Returns whether it did.
 */
export async function updateOrganisationDetails(user: CurrentUser, input: TOrganisationDetails, now = new Date()): Promise<{ needsVerification: boolean }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, organisationWriteKey(user.id), ORGANISATION_WRITE_RATE, now);
    const membership = await requireInOrganisation(tx, user, "organisation:edit", true);
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, membership.organisation.id)).for("update");
    if (!before) throw new NotFoundError("problems.organisation.notFound");
    if (input.emailDomain !== before.emailDomain) assertOwnEmailDomain(user, input.emailDomain);
    await assertOrganisationNameFree(tx, input.name, "validation.organisationRegistration.nameRegistered", before.id);
    const checkedChanged = input.name.toLowerCase() !== before.name.toLowerCase() || input.kind !== before.kind || input.emailDomain !== before.emailDomain;
    const needsVerification = before.verification === "verified" && checkedChanged;
    await tx
      .update(organisations)
      .set({
        ...input,
        neighbourhoodId: await neighbourhoodOfPostcode(tx, input.postcode),
        ...(needsVerification ? { verification: "unverified" as const, verifiedAt: null } : {}),
      })
      .where(eq(organisations.id, before.id));
    if (input.kind !== before.kind) await refreshMemberRoles(tx, before.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: "organisation.details-changed",
      subjectType: "organisation",
      subjectId: before.id,
      details: { before: { name: before.name, kind: before.kind, emailDomain: before.emailDomain }, after: { name: input.name, kind: input.kind, emailDomain: input.emailDomain }, needsVerification },
    });
    return { needsVerification };
  });
}
