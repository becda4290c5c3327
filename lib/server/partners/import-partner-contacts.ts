import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { partnerContacts, partnerContactThemes } from "@/lib/db/schema";
import { fieldProblem, ValidationError } from "@/lib/errors";
import type { ImportedContact } from "@/lib/domain/partners/parse-contacts-csv";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { checkContactImport } from "./check-contact-import";
import { PARTNER_WRITE_RATE, partnerWriteKey } from "@/lib/server/partners/shared/partner-network";

/**
 * Step two of an import: the file's text is read and checked again (the preview the browser saw
 * proves nothing), and only the rows that pass are added, all in one transaction.
 */
export async function importPartnerContacts(officer: CurrentUser, organisationId: string, text: string): Promise<{ imported: number; skipped: number }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, partnerWriteKey(officer.id), PARTNER_WRITE_RATE);
    const { rows } = await checkContactImport(tx, organisationId, text);
    const valid = rows.flatMap((row) => (row.contact ? [row.contact] : []));
    if (valid.length === 0) {
      throw new ValidationError("validation.contactImport.noneValid", fieldProblem("file", "validation.contactImport.noneValid"));
    }
    const now = new Date();
    const added = await tx
      .insert(partnerContacts)
      .values(valid.map(({ themeIds: _themes, ...contact }) => ({ ...contact, organisationId, status: "active" as const, statusChangedAt: now })))
      .onConflictDoNothing({ target: partnerContacts.email })
      .returning({ id: partnerContacts.id, email: partnerContacts.email });
    const byEmail = new Map<string, ImportedContact>(valid.map((contact) => [contact.email, contact]));
    const links = added.flatMap((row) => (byEmail.get(row.email)?.themeIds ?? []).map((themeId) => ({ contactId: row.id, themeId })));
    if (links.length) await tx.insert(partnerContactThemes).values(links);
    const result = { imported: added.length, skipped: rows.length - added.length };
    await recordAudit(tx, {
      actorId: officer.id,
      action: "partner_contacts.imported",
      subjectType: "organisation",
      subjectId: organisationId,
      details: { ...result, emails: added.map((row) => row.email) },
    });
    return result;
  });
}
