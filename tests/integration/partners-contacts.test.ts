import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { partnerContacts } from "@/lib/db/schema";
import { ConflictError, messageOfIssue, ValidationError } from "@/lib/errors";
import { addPartnerContact } from "@/lib/server/partners/add-partner-contact";
import { getPartnerContact } from "@/lib/server/partners/get-partner-contact";
import { getPartnerOrganisation } from "@/lib/server/partners/get-partner-organisation";
import { removePartnerContact } from "@/lib/server/partners/remove-partner-contact";
import { updatePartnerContact } from "@/lib/server/partners/update-partner-contact";
import { ZContactInput } from "@/lib/validations/partner";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { auditFor, contactByEmail, contactInput, createOrganisation, insertPartnerReference, stopContact, themeIdsOf } from "@/tests/support/partner-fixtures";
import { en, englishRefusal } from "@/tests/support/messages";

const db = () => getDb();
let themes: { id: string; slug: string; name: string }[] = [];

beforeAll(async () => {
  ({ themes } = await insertPartnerReference());
});

const themeId = (index: number) => themes[index]?.id ?? "";

describe("addPartnerContact", () => {
  it("adds an active contact with a lower-cased address and chosen themes, and audits it", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const organisation = await createOrganisation(officer);
    const email = `${uniqueTag("Asha.")}@Example.ORG`;
    const input = contactInput({ name: "Asha Patel", email, role: "Project manager", frequency: "weekly", themeChoice: "chosen", themeIds: [themeId(0), themeId(1)], sendWhenQuiet: "on" });

    const added = await addPartnerContact(officer, organisation.id, input);

    const row = await contactByEmail(email.toLowerCase());
    expect(row).toMatchObject({ id: added.id, organisationId: organisation.id, name: "Asha Patel", role: "Project manager", language: "en", frequency: "weekly", allThemes: false, sendWhenQuiet: true, status: "active" });
    expect(await themeIdsOf(added.id)).toEqual([themeId(0), themeId(1)].sort());
    expect(await auditFor(added.id)).toEqual([
      {
        actorId: officer.id,
        action: "partner_contact.added",
        subjectType: "partner_contact",
        details: { organisationId: organisation.id, email: email.toLowerCase(), frequency: "weekly", allThemes: false, themeIds: [themeId(0), themeId(1)] },
      },
    ]);
    const page = await getPartnerOrganisation(organisation.id);
    expect(page.contacts.map((contact) => [contact.name, contact.themes])).toEqual([["Asha Patel", themes.map((theme) => theme.name)]]);
  });

  it("ignores ticked themes when all themes are chosen, and needs a theme when they are not", async () => {
    expect(contactInput({ themeChoice: "all", themeIds: [themeId(0)] })).toMatchObject({ allThemes: true, themeIds: [] });
    const parsed = ZContactInput.safeParse({ name: "A", email: "a@example.org", language: "en", frequency: "monthly", themeChoice: "chosen" });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), en(messageOfIssue(issue))])).toEqual([["themeIds", "Choose at least one theme, or choose all themes."]]);
    const wrong = ZContactInput.safeParse({ name: "A", email: "a@example", language: "fr", frequency: "daily", themeChoice: "all" });
    expect(wrong.error?.issues.map((issue) => issue.path.join("."))).toEqual(["email", "language", "frequency"]);
  });

  it("refuses an address that is already a contact anywhere, naming the organisation, and adds nothing", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const first = await createOrganisation(officer);
    const second = await createOrganisation(officer);
    const email = `${uniqueTag("dup-")}@example.org`;
    await addPartnerContact(officer, first.id, contactInput({ email }));

    const attempt = addPartnerContact(officer, second.id, contactInput({ email: email.toUpperCase() }));

    await expect(attempt).rejects.toThrow(ValidationError);
    expect(await englishRefusal(attempt)).toMatchObject({ fieldErrors: { email: [`${email} is already a contact of ${first.name}.`] } });
    expect((await getPartnerOrganisation(second.id)).contacts).toEqual([]);
  });

  it("refuses a theme that does not exist, and adds nothing", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const organisation = await createOrganisation(officer);
    const email = `${uniqueTag("theme-")}@example.org`;
    const attempt = addPartnerContact(officer, organisation.id, contactInput({ email, themeChoice: "chosen", themeIds: [themeId(0), "00000000-0000-4000-8000-000000000000"] }));
    expect(await englishRefusal(attempt)).toMatchObject({ fieldErrors: { themeIds: ["One of the chosen themes no longer exists. Choose themes from the list."] } });
    expect(await contactByEmail(email)).toBeUndefined();
  });
});

describe("updatePartnerContact", () => {
  it("changes details and themes, and audits the change", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const organisation = await createOrganisation(officer);
    const added = await addPartnerContact(officer, organisation.id, contactInput({ themeChoice: "chosen", themeIds: [themeId(0)] }));
    const email = `${uniqueTag("new-")}@example.org`;

    await updatePartnerContact(officer, added.id, contactInput({ name: "Renamed", email, frequency: "weekly", themeChoice: "all" }));

    expect(await getPartnerContact(added.id)).toMatchObject({ name: "Renamed", email, frequency: "weekly", allThemes: true, themeIds: [], status: "active" });
    expect(await themeIdsOf(added.id)).toEqual([]);
    expect((await auditFor(added.id, "partner_contact.updated"))[0]).toMatchObject({ actorId: officer.id, details: { email, frequency: "weekly", allThemes: true } });
  });

  it("refuses to take another contact's address", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const organisation = await createOrganisation(officer);
    const taken = `${uniqueTag("taken-")}@example.org`;
    await addPartnerContact(officer, organisation.id, contactInput({ email: taken }));
    const other = await addPartnerContact(officer, organisation.id, contactInput());
    expect(await englishRefusal(updatePartnerContact(officer, other.id, contactInput({ email: taken })))).toMatchObject({ fieldErrors: { email: [`${taken} is already a contact of ${organisation.name}.`] } });
  });
});

describe("consent: an officer never resubscribes anyone", () => {
  it("keeps an unsubscribed or bounced contact stopped through any edit, and refuses a new address or removal", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const organisation = await createOrganisation(officer);
    for (const status of ["unsubscribed", "bounced"] as const) {
      const email = `${uniqueTag(status)}@example.org`;
      const added = await addPartnerContact(officer, organisation.id, contactInput({ name: "Sam Lee", email }));
      await stopContact(added.id, status);

      // The form has no status: a status sent anyway is dropped by the schema.
      const edit = ZContactInput.parse({ name: "Sam Lee", email, language: "en", frequency: "weekly", themeChoice: "all", status: "active" });
      expect(edit).not.toHaveProperty("status");
      await updatePartnerContact(officer, added.id, edit);
      const [row] = await db().select({ status: partnerContacts.status, at: partnerContacts.statusChangedAt, frequency: partnerContacts.frequency }).from(partnerContacts).where(eq(partnerContacts.id, added.id));
      expect(row).toEqual({ status, at: new Date("2030-03-03T10:00:00Z"), frequency: "weekly" });

      const moved = updatePartnerContact(officer, added.id, contactInput({ name: "Sam Lee", email: `${uniqueTag()}@example.org` }));
      const said = status === "unsubscribed" ? "Sam Lee unsubscribed on 3 March 2030" : "Mail to Sam Lee bounced on 3 March 2030";
      expect(await englishRefusal(moved)).toMatchObject({ fieldErrors: { email: [`${said}, so their email address cannot be changed. To send summaries to another address, add it as a new contact.`] } });
      await expect(removePartnerContact(officer, added.id)).rejects.toThrow(ConflictError);
      expect((await contactByEmail(email))?.status).toBe(status);
    }
  });
});

describe("removePartnerContact", () => {
  it("removes an active contact with their themes and audits it", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const organisation = await createOrganisation(officer);
    const added = await addPartnerContact(officer, organisation.id, contactInput({ themeChoice: "chosen", themeIds: [themeId(1)] }));

    expect(await removePartnerContact(officer, added.id)).toEqual({ name: "Test Contact", organisationId: organisation.id });

    expect(await themeIdsOf(added.id)).toEqual([]);
    expect((await englishRefusal(getPartnerContact(added.id))).message).toContain("That contact could not be found");
    expect(await auditFor(added.id, "partner_contact.removed")).toHaveLength(1);
    expect((await englishRefusal(removePartnerContact(officer, added.id))).message).toContain("That contact has already been removed.");
  });
});
