import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { partnerContacts } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { stoppedReason } from "@/lib/server/partners/shared/contact-rules";
import { PARTNER_WRITE_RATE, partnerWriteKey } from "@/lib/server/partners/shared/partner-network";

/**
 * Removes an active contact. A contact whose mail stopped (unsubscribed, bounced, complained) is
 * kept: removing them would let the same address be added again and mailed without consent.
 */
export async function removePartnerContact(officer: CurrentUser, contactId: string): Promise<{ name: string; organisationId: string }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, partnerWriteKey(officer.id), PARTNER_WRITE_RATE);
    const [contact] = await tx
      .select({ name: partnerContacts.name, email: partnerContacts.email, organisationId: partnerContacts.organisationId, status: partnerContacts.status, statusChangedAt: partnerContacts.statusChangedAt })
      .from(partnerContacts)
      .where(eq(partnerContacts.id, contactId))
      .for("update");
    if (!contact) throw new NotFoundError("problems.partnerContact.alreadyRemoved");
    const stopped = stoppedReason(contact);
    if (stopped) throw new ConflictError("problems.partnerContact.staysOnList", { reason: stopped });
    await tx.delete(partnerContacts).where(eq(partnerContacts.id, contactId));
    await recordAudit(tx, {
      actorId: officer.id,
      action: "partner_contact.removed",
      subjectType: "partner_contact",
      subjectId: contactId,
      details: { organisationId: contact.organisationId, name: contact.name, email: contact.email },
    });
    return { name: contact.name, organisationId: contact.organisationId };
  });
}
