import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { organisations, partnerContacts } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TContactInput } from "@/lib/validations/partner";
import { assertEmailFree, assertThemesExist, replaceContactThemes } from "@/lib/server/partners/shared/contact-rules";
import { PARTNER_WRITE_RATE, partnerWriteKey } from "@/lib/server/partners/shared/partner-network";

/** Adds a contact to an organisation: active, subscribed to all themes or the chosen ones. */
export async function addPartnerContact(officer: CurrentUser, organisationId: string, input: TContactInput): Promise<{ id: string; name: string }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, partnerWriteKey(officer.id), PARTNER_WRITE_RATE);
    const [organisation] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
    if (!organisation) throw new NotFoundError("problems.organisation.notFound");
    await assertThemesExist(tx, input.themeIds);
    await assertEmailFree(tx, input.email);
    const { themeIds, ...values } = input;
    const [contact] = await tx
      .insert(partnerContacts)
      .values({ ...values, organisationId, status: "active", statusChangedAt: new Date() })
      .onConflictDoNothing({ target: partnerContacts.email })
      .returning({ id: partnerContacts.id, name: partnerContacts.name });
    // Someone added the same address a moment ago: say so, as the check above would have.
    if (!contact) await assertEmailFree(tx, input.email);
    if (!contact) throw new Error("addPartnerContact: the insert returned no row");
    await replaceContactThemes(tx, contact.id, themeIds);
    await recordAudit(tx, {
      actorId: officer.id,
      action: "partner_contact.added",
      subjectType: "partner_contact",
      subjectId: contact.id,
      details: { organisationId, email: input.email, frequency: input.frequency, allThemes: input.allThemes, themeIds },
    });
    return contact;
  });
}
