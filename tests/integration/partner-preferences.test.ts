import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, partnerContactThemes, partnerContacts } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { ConflictError, messageOfIssue, RateLimitedError, ValidationError } from "@/lib/errors";
import { getPreferencesByToken } from "@/lib/server/partner-preferences/get-preferences-by-token";
import { InvalidLinkError } from "@/lib/server/partner-preferences/link-contact";
import { resubscribeContact } from "@/lib/server/partner-preferences/resubscribe-contact";
import { unsubscribeContact } from "@/lib/server/partner-preferences/unsubscribe-contact";
import { updatePreferences } from "@/lib/server/partner-preferences/update-preferences";
import { contactToken } from "@/lib/server/partners/shared/contact-link";
import { ZPartnerPreferencesInput } from "@/lib/validations/partner-preferences";
import { contactRow, createPartnerContact, createTheme, outboxRowsFor } from "@/tests/support/partner-contact-fixtures";
import { en, englishRefusal } from "@/tests/support/messages";

const db = () => getDb();

/** Flips one character of the signature: still well-formed, no longer signed by us. */
const tamper = (token: string) => token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");

function input(token: string, overrides: Record<string, unknown> = {}) {
  return ZPartnerPreferencesInput.parse({ token, themeChoice: "all", frequency: "weekly", language: "en", sendWhenQuiet: "yes", ...overrides });
}

async function auditsFor(contactId: string) {
  return db().select().from(auditLog).where(and(eq(auditLog.subjectType, "partner_contact"), eq(auditLog.subjectId, contactId)));
}

describe("partner preferences through a signed link", () => {
  it("reads a contact's choices, and nothing for a tampered link or a removed contact", async () => {
    const contact = await createPartnerContact(db(), { frequency: "monthly", allThemes: true });
    const token = contactToken(contact.id);

    expect(await getPreferencesByToken(token)).toMatchObject({ name: contact.name, frequency: "monthly", allThemes: true, themeIds: [], status: "active" });
    expect(await getPreferencesByToken(tamper(token))).toBeNull();
    expect(await getPreferencesByToken("garbled")).toBeNull();
    await db().delete(partnerContacts).where(eq(partnerContacts.id, contact.id));
    expect(await getPreferencesByToken(token)).toBeNull();
  });

  it("saves themes, frequency, language and quiet-period choice, and audits it as done by link", async () => {
    const contact = await createPartnerContact(db());
    const [one, two] = [await createTheme(db()), await createTheme(db())];
    const token = contactToken(contact.id);

    await updatePreferences(input(token, { themeChoice: "chosen", themeIds: [one.id, two.id, one.id], frequency: "weekly", sendWhenQuiet: "no" }));

    expect(await getPreferencesByToken(token)).toMatchObject({ allThemes: false, frequency: "weekly", language: "en", sendWhenQuiet: false });
    const themes = await db().select({ id: partnerContactThemes.themeId }).from(partnerContactThemes).where(eq(partnerContactThemes.contactId, contact.id));
    expect(themes.map((row) => row.id).sort()).toEqual([one.id, two.id].sort());
    const [audit] = await auditsFor(contact.id);
    expect(audit).toMatchObject({ actorId: null, action: "partner_contact.preferences_updated" });
    expect(audit?.details).toMatchObject({ via: "link", frequency: "weekly", allThemes: false });

    // "Every theme" clears the ticked ones.
    await updatePreferences(input(token, { themeChoice: "all", themeIds: [one.id] }));
    expect(await getPreferencesByToken(token)).toMatchObject({ allThemes: true, themeIds: [] });
  });

  it("refuses bad input clearly and changes nothing", async () => {
    const contact = await createPartnerContact(db(), { frequency: "monthly" });
    const token = contactToken(contact.id);
    const unknownTheme = "00000000-0000-4000-8000-000000000000";

    const noThemes = ZPartnerPreferencesInput.safeParse({ token, themeChoice: "chosen", frequency: "weekly", language: "en", sendWhenQuiet: "no" });
    expect(noThemes.success ? [] : noThemes.error.issues.map((issue) => [issue.path.join("."), en(messageOfIssue(issue))])).toEqual([["themeIds", "Choose at least one theme, or choose every theme."]]);
    const badLanguage = ZPartnerPreferencesInput.safeParse({ token, themeChoice: "all", frequency: "daily", language: "xx", sendWhenQuiet: "maybe" });
    expect(badLanguage.success ? [] : badLanguage.error.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["frequency", "language", "sendWhenQuiet"]);

    await expect(updatePreferences(input(token, { themeChoice: "chosen", themeIds: [unknownTheme] }))).rejects.toBeInstanceOf(ValidationError);
    await expect(updatePreferences(input(tamper(token)))).rejects.toBeInstanceOf(InvalidLinkError);
    expect(await getPreferencesByToken(token)).toMatchObject({ frequency: "monthly", allThemes: true });
    expect(await auditsFor(contact.id)).toHaveLength(0);
  });

  it("unsubscribes once, cancelling queued summaries; a repeat changes nothing", async () => {
    const contact = await createPartnerContact(db());
    const token = contactToken(contact.id);
    await enqueueEmail(db(), { to: contact.email, subject: "Summary", text: "t", html: "<p>t</p>", category: "summary", idempotencyKey: `s:${contact.id}`, contactId: contact.id });

    expect(await unsubscribeContact(token, "link")).toEqual({ changed: true });
    const row = await contactRow(db(), contact.id);
    expect(row.status).toBe("unsubscribed");
    expect(row.statusChangedAt).toBeInstanceOf(Date);
    expect((await outboxRowsFor(db(), contact.id)).map((mail) => mail.status)).toEqual(["cancelled"]);

    expect(await unsubscribeContact(token, "one-click")).toEqual({ changed: false });
    expect((await contactRow(db(), contact.id)).statusChangedAt).toEqual(row.statusChangedAt);
    expect((await auditsFor(contact.id)).map((audit) => [audit.action, audit.details])).toEqual([["partner_contact.unsubscribed", { via: "link", cancelled: 1 }]]);
    await expect(updatePreferences(input(token))).rejects.toBeInstanceOf(ConflictError);
    await expect(unsubscribeContact(tamper(token), "one-click")).rejects.toBeInstanceOf(InvalidLinkError);
  });

  it("lets a contact who unsubscribed subscribe again, but not a bounced or complained address", async () => {
    const unsubscribed = await createPartnerContact(db());
    await unsubscribeContact(contactToken(unsubscribed.id), "link");
    expect(await resubscribeContact(contactToken(unsubscribed.id))).toEqual({ changed: true });
    expect((await contactRow(db(), unsubscribed.id)).status).toBe("active");

    for (const status of ["bounced", "complained"] as const) {
      const suppressed = await createPartnerContact(db(), { status });
      expect((await englishRefusal(resubscribeContact(contactToken(suppressed.id)))).message).toMatch(/cannot be turned on again from this link/);
      expect((await contactRow(db(), suppressed.id)).status).toBe(status);
      // Nor does unsubscribing turn a stronger status into a weaker one.
      expect(await unsubscribeContact(contactToken(suppressed.id), "link")).toEqual({ changed: false });
      expect((await contactRow(db(), suppressed.id)).status).toBe(status);
    }
  });

  it("limits writes through one link", async () => {
    const contact = await createPartnerContact(db());
    const token = contactToken(contact.id);
    for (let attempt = 0; attempt < 20; attempt += 1) await updatePreferences(input(token));
    await expect(updatePreferences(input(token, { frequency: "monthly" }))).rejects.toBeInstanceOf(RateLimitedError);
    expect((await contactRow(db(), contact.id)).frequency).toBe("weekly");
  });
});
