import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, emailEvents, emailOutbox, partnerContacts, partnerContactThemes } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { eraseContact } from "@/lib/server/partner-preferences/erase-contact";
import { getContactData } from "@/lib/server/partner-preferences/get-contact-data";
import { contactToken } from "@/lib/server/partners/shared/contact-link";
import { uniqueTag } from "@/tests/support/factories";
import { createPartnerContact, createTheme } from "@/tests/support/partner-contact-fixtures";

const db = () => getDb();

async function contactWithHistory() {
  const theme = await createTheme(db());
  const contact = await createPartnerContact(db(), { allThemes: false, role: "Employment lead" });
  await db().insert(partnerContactThemes).values({ contactId: contact.id, themeId: theme.id });
  await enqueueEmail(db(), { to: contact.email, subject: "Your monthly summary", text: "…/partners/preferences/secret", html: "<p>x</p>", category: "summary", idempotencyKey: uniqueTag("sum-"), contactId: contact.id });
  await db().insert(emailEvents).values({ id: uniqueTag("evt-"), type: "email.delivered", address: contact.email, payload: { to: contact.email } });
  await recordAudit(db(), { actorId: null, action: "partner_contact.added", subjectType: "partner_contact", subjectId: contact.id, details: { organisationId: contact.organisationId, email: contact.email, name: contact.name, frequency: "monthly" } });
  await recordAudit(db(), { actorId: null, action: "partner_contacts.imported", subjectType: "organisation", subjectId: contact.organisationId, details: { imported: 2, emails: [contact.email, "someone-else@example.test"] } });
  return { contact, theme, token: contactToken(contact.id) };
}

describe("a partner contact's data, from their link", () => {
  it("gives their details, choices and the emails sent to them, and nothing for a forged link", async () => {
    const { contact, theme, token } = await contactWithHistory();
    const data = await getContactData(token);
    expect(data?.contact).toMatchObject({ name: contact.name, email: contact.email, role: "Employment lead", themes: [theme.name], status: "active" });
    expect(data?.emails).toEqual([expect.objectContaining({ subject: "Your monthly summary", category: "summary" })]);
    expect(JSON.stringify(data)).not.toContain("preferences/secret");
    expect(await getContactData(`${contact.id}.forged`)).toBeNull();
  });

  it("erases the contact, their mail and delivery events, and their name and address from the audit log", async () => {
    const { contact, token } = await contactWithHistory();
    expect(await eraseContact(token)).toEqual({ emailsDeleted: 1, deliveryEventsDeleted: 1, auditEntriesCleaned: 2 });
    expect(await db().select().from(partnerContacts).where(eq(partnerContacts.id, contact.id))).toEqual([]);
    expect(await db().select().from(partnerContactThemes).where(eq(partnerContactThemes.contactId, contact.id))).toEqual([]);
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, contact.email))).toEqual([]);
    expect(await db().select().from(emailEvents).where(eq(emailEvents.address, contact.email))).toEqual([]);
    const entries = await db().select({ action: auditLog.action, subjectId: auditLog.subjectId, details: auditLog.details }).from(auditLog);
    expect(JSON.stringify(entries)).not.toContain(contact.email);
    expect(JSON.stringify(entries)).not.toContain(contact.name);
    const added = entries.find((entry) => entry.action === "partner_contact.added" && entry.details.organisationId === contact.organisationId);
    expect(added?.details).toEqual({ organisationId: contact.organisationId, frequency: "monthly" });
    const imported = entries.find((entry) => entry.action === "partner_contacts.imported" && entry.subjectId === contact.organisationId);
    expect(imported?.details.emails).toEqual(["someone-else@example.test"]);
    // The link opens nothing afterwards.
    expect(await getContactData(token)).toBeNull();
  });
});
