import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { partnerContacts } from "@/lib/db/schema";
import { message, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TContactInput } from "@/lib/validations/partner";
import { assertEmailFree, assertThemesExist, replaceContactThemes, stoppedReason } from "@/lib/server/partners/shared/contact-rules";
import { PARTNER_WRITE_RATE, partnerWriteKey } from "@/lib/server/partners/shared/partner-network";

/**
 * Changes a contact's details and subscription. Never their status: only the contact can
 * resubscribe after unsubscribing, and a stopped contact's address stays as it is, so it can never
 * be mailed again by way of an edit.
 */
export async function updatePartnerContact(officer: CurrentUser, contactId: string, input: TContactInput): Promise<{ id: string; name: string; organisationId: string }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, partnerWriteKey(officer.id), PARTNER_WRITE_RATE);
    const [current] = await tx
      .select({ id: partnerContacts.id, organisationId: partnerContacts.organisationId, name: partnerContacts.name, email: partnerContacts.email, status: partnerContacts.status, statusChangedAt: partnerContacts.statusChangedAt })
      .from(partnerContacts)
      .where(eq(partnerContacts.id, contactId))
      .for("update");
    if (!current) throw new NotFoundError("problems.partnerContact.notFound");
    const stopped = stoppedReason(current);
    if (stopped && input.email !== current.email) {
      const locked = message("validation.partnerContact.emailLocked", { reason: stopped });
      throw new ValidationError(locked, { email: [locked] });
    }
    await assertThemesExist(tx, input.themeIds);
    await assertEmailFree(tx, input.email, contactId);
    const { themeIds, ...values } = input;
    await tx.update(partnerContacts).set(values).where(eq(partnerContacts.id, contactId));
    await replaceContactThemes(tx, contactId, themeIds);
    await recordAudit(tx, {
      actorId: officer.id,
      action: "partner_contact.updated",
      subjectType: "partner_contact",
      subjectId: contactId,
      details: { organisationId: current.organisationId, email: input.email, previousEmail: current.email === input.email ? undefined : current.email, frequency: input.frequency, allThemes: input.allThemes, themeIds },
    });
    return { id: contactId, name: input.name, organisationId: current.organisationId };
  });
}
