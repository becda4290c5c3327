import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { addPartnerContact } from "@/lib/server/partners/add-partner-contact";
import { getPartnerOrganisation } from "@/lib/server/partners/get-partner-organisation";
import { importPartnerContacts } from "@/lib/server/partners/import-partner-contacts";
import { previewContactImport } from "@/lib/server/partners/preview-contact-import";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { auditFor, contactByEmail, contactInput, createOrganisation, insertPartnerReference, themeIdsOf } from "@/tests/support/partner-fixtures";
import { en, englishRefusal } from "@/tests/support/messages";

const db = () => getDb();
let themes: { id: string; slug: string; name: string }[] = [];

beforeAll(async () => {
  ({ themes } = await insertPartnerReference());
});

const csvFile = (lines: string[], name = "contacts.csv") => new File([lines.join("\n")], name, { type: "text/csv" });

/** A file with good rows and one of each problem; `taken` is already a contact of `owner`. */
function mixedFile(tag: string, taken: string) {
  const [housing, jobs] = themes;
  return [
    "name,email,role,frequency,themes,language",
    `Asha Patel,asha-${tag}@example.org,Project manager,weekly,${housing?.name}; ${jobs?.slug},en`,
    `Ben Lee,BEN-${tag}@example.org,,monthly,all,`,
    `Bad Email,not-an-address,,weekly,all,en`,
    `Ben Again,ben-${tag}@example.org,,weekly,all,en`,
    `Already,${taken},,weekly,all,en`,
    `Unknown Theme,theme-${tag}@example.org,,weekly,Parking,en`,
    `,noname-${tag}@example.org,,fortnightly,all,en`,
  ];
}

/** An officer, an organisation to import into, and another whose contact the file repeats. */
async function mixedSetup() {
  const officer = await createUser(db(), { role: "officer" });
  const owner = await createOrganisation(officer);
  const organisation = await createOrganisation(officer);
  const tag = uniqueTag();
  const taken = `taken-${tag}@example.org`;
  await addPartnerContact(officer, owner.id, contactInput({ email: taken }));
  return { officer, owner, organisation, tag, taken };
}

describe("contact import", () => {
  it("previews each row as valid or with its own errors, and saves nothing", async () => {
    const { owner, organisation, tag, taken } = await mixedSetup();

    const preview = await previewContactImport(organisation.id, csvFile(mixedFile(tag, taken)));

    expect(preview.valid).toBe(2);
    expect(preview.rows.map((row) => [row.line, row.errors.map((error) => en(error))])).toEqual([
      [2, []],
      [3, []],
      [4, ["Enter an email address in the correct format, like name@example.org."]],
      [5, [`ben-${tag}@example.org appears more than once in the file (first on row 3).`]],
      [6, [`${taken} is already a contact of ${owner.name}.`]],
      [7, ['Unknown theme "Parking".']],
      [8, ["Enter the contact's name.", "Choose weekly or monthly."]],
    ]);
    expect(preview.text).toBe(mixedFile(tag, taken).join("\n"));
    expect((await getPartnerOrganisation(organisation.id)).contacts).toEqual([]);
  });

  it("imports only the valid rows in one go, with their themes, and audits the import", async () => {
    const { officer, owner, organisation, tag, taken } = await mixedSetup();

    const result = await importPartnerContacts(officer, organisation.id, mixedFile(tag, taken).join("\n"));

    expect(result).toEqual({ imported: 2, skipped: 5 });
    const asha = await contactByEmail(`asha-${tag}@example.org`);
    expect(asha).toMatchObject({ organisationId: organisation.id, name: "Asha Patel", role: "Project manager", frequency: "weekly", allThemes: false, status: "active" });
    expect(await themeIdsOf(asha?.id ?? "")).toEqual(themes.map((theme) => theme.id).sort());
    expect(await contactByEmail(`ben-${tag}@example.org`)).toMatchObject({ name: "Ben Lee", frequency: "monthly", allThemes: true, language: "en" });
    expect((await contactByEmail(taken))?.organisationId).toBe(owner.id);
    expect(await contactByEmail(`theme-${tag}@example.org`)).toBeUndefined();
    expect((await getPartnerOrganisation(organisation.id)).contacts.map((contact) => contact.name)).toEqual(["Asha Patel", "Ben Lee"]);
    const [audit] = await auditFor(organisation.id, "partner_contacts.imported");
    expect(audit).toMatchObject({ actorId: officer.id, subjectType: "organisation", details: { imported: 2, skipped: 5 } });
    expect([...((audit?.details.emails as string[] | undefined) ?? [])].sort()).toEqual([`asha-${tag}@example.org`, `ben-${tag}@example.org`]);
  });

  it("checks the file again at import: a row valid in the preview but taken since is skipped", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const organisation = await createOrganisation(officer);
    const elsewhere = await createOrganisation(officer);
    const tag = uniqueTag();
    const lines = ["name,email", `One,one-${tag}@example.org`, `Two,two-${tag}@example.org`];
    const preview = await previewContactImport(organisation.id, csvFile(lines));
    expect(preview.valid).toBe(2);
    await addPartnerContact(officer, elsewhere.id, contactInput({ email: `two-${tag}@example.org` }));

    expect(await importPartnerContacts(officer, organisation.id, preview.text)).toEqual({ imported: 1, skipped: 1 });
    expect((await contactByEmail(`two-${tag}@example.org`))?.organisationId).toBe(elsewhere.id);
  });

  it("checks text sent back by the browser as strictly as an upload, and saves nothing from a bad one", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const organisation = await createOrganisation(officer);
    const tampered = importPartnerContacts(officer, organisation.id, "name,email,admin\nX,x@example.org,yes");
    await expect(tampered).rejects.toThrow(ValidationError);
    expect(await englishRefusal(tampered)).toMatchObject({ fieldErrors: { file: [expect.stringMatching(/^The file has a column we do not recognise: "admin"/)] } });
    expect((await englishRefusal(importPartnerContacts(officer, organisation.id, "name,email\n,bad"))).message).toContain("None of the rows can be imported. Correct the file and upload it again.");
    expect((await getPartnerOrganisation(organisation.id)).contacts).toEqual([]);
    expect(await auditFor(organisation.id, "partner_contacts.imported")).toEqual([]);
  });

  it("refuses a file that is not a CSV, or lacks the required columns, with one clear error", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const organisation = await createOrganisation(officer);
    expect(await englishRefusal(previewContactImport(organisation.id, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00])], "logo.png", { type: "image/png" })))).toMatchObject({
      fieldErrors: { file: [expect.stringMatching(/^logo\.png is not a CSV file\./)] },
    });
    expect(await englishRefusal(previewContactImport(organisation.id, csvFile(["name,role", "A,Chair"])))).toMatchObject({ fieldErrors: { file: [expect.stringMatching(/^The file has no "email" column\./)] } });
    expect((await englishRefusal(previewContactImport("00000000-0000-4000-8000-000000000000", csvFile(["name,email", "A,a@example.org"])))).message).toContain("That organisation could not be found.");
  });
});
