import "server-only";
import { knownLocale } from "@/lib/i18n/locales";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { decisionChanges, verificationAfter } from "@/lib/domain/organisations/verification";
import { getDb } from "@/lib/db/client";
import { organisations } from "@/lib/db/schema";
import { organisationDecisionEmail } from "@/lib/email/templates/organisation-decision";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { listAdministrators, refreshMemberRoles } from "@/lib/server/organisations/shared/membership";
import { dispatchSoon } from "@/lib/server/outbox/dispatch-pending-emails";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";

export type OrganisationDecision = { organisationId: string } & ({ decision: "verify" } | { decision: "reject"; reason: string });

/**
 * An officer verifies an organisation (or reinstates a rejected one), or rejects it with a reason
 * its people are shown. In one transaction: the organisation's verification, every member's platform
 * role re-derived from it, an audit entry, and an email to each of its administrators.
 */
export async function decideOrganisation(officer: CurrentUser, input: OrganisationDecision): Promise<{ rolesChanged: number; emailed: number }> {
  const result = await getDb().transaction(async (tx) => {
    const [organisation] = await tx
      .select({ id: organisations.id, name: organisations.name, verification: organisations.verification })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId))
      .for("update");
    if (!organisation) throw new NotFoundError("problems.organisation.notFound");
    if (!decisionChanges(organisation.verification, input.decision)) {
      throw new ConflictError(input.decision === "verify" ? "problems.organisationVerification.alreadyVerified" : "problems.organisationVerification.alreadyRejected");
    }
    const verification = verificationAfter(input.decision);
    const reason = input.decision === "reject" ? input.reason : null;
    await tx
      .update(organisations)
      .set({ verification, verificationNote: reason, verifiedAt: verification === "verified" ? new Date() : null })
      .where(eq(organisations.id, organisation.id));
    const rolesChanged = await refreshMemberRoles(tx, organisation.id);
    await recordAudit(tx, {
      actorId: officer.id,
      action: `organisation.${verification}`,
      subjectType: "organisation",
      subjectId: organisation.id,
      details: { from: organisation.verification, reason, rolesChanged },
    });
    const administrators = await listAdministrators(tx, organisation.id);
    // A decision may be reversed and made again: each one is its own email, in each administrator's language.
    const decisionId = randomUUID();
    for (const administrator of administrators) {
      const message = organisationDecisionEmail({ organisation: organisation.name, decision: verification, reason, organisationUrl: `${env.AUTH_URL}/organisation`, locale: knownLocale(administrator.locale) });
      await enqueueEmail(tx, { to: administrator.email, ...message, category: "organisation-decision", idempotencyKey: `organisation-decision:${decisionId}:${administrator.id}` });
    }
    return { rolesChanged, emailed: administrators.length };
  });
  dispatchSoon();
  return result;
}
