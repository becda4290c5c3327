import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, neighbourhoods, organisations, postcodeAreas } from "@/lib/db/schema";
import { registerOrganisation } from "@/lib/server/organisations/register-organisation";
import { updateOrganisationDetails } from "@/lib/server/organisations/update-organisation-details";
import { ZOrganisationDetails } from "@/lib/validations/organisation";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { englishRefusal } from "@/tests/support/messages";
import { createMember, createSelfRegisteredOrganisation, membershipOf } from "@/tests/support/organisation-fixtures";

const db = () => getDb();

const details = (overrides: Record<string, string> = {}) =>
  ZOrganisationDetails.parse({ name: `Works ${uniqueTag()}`, kind: "employer", type: "private", sicSection: "F", sizeBand: "micro", postcode: "cv6 5ab", website: "", emailDomain: "", ...overrides });

async function neighbourhoodAt(prefix: string): Promise<string> {
  const tag = uniqueTag("hood-");
  const [hood] = await db().insert(neighbourhoods).values({ slug: tag, name: `Hood ${tag}` }).returning({ id: neighbourhoods.id });
  if (!hood) throw new Error("no neighbourhood");
  await db().insert(postcodeAreas).values({ prefix, neighbourhoodId: hood.id }).onConflictDoUpdate({ target: postcodeAreas.prefix, set: { neighbourhoodId: hood.id } });
  return hood.id;
}

describe("registerOrganisation", () => {
  it("registers an unverified employer with the person as its administrator, an employer at once", async () => {
    const person = await createUser(db(), { role: "resident", email: `${uniqueTag("tom-")}@builders-${uniqueTag()}.co.uk` });
    const domain = person.email.split("@")[1] ?? "";
    const { id } = await registerOrganisation(person, details({ emailDomain: domain, website: "builders.example.co.uk" }));

    const [organisation] = await db().select().from(organisations).where(eq(organisations.id, id));
    expect(organisation).toMatchObject({ kind: "employer", verification: "unverified", sicSection: "F", sizeBand: "micro", postcode: "CV6 5AB", emailDomain: domain, website: "https://builders.example.co.uk", registeredBy: person.id });
    expect(await membershipOf(db(), person.id)).toEqual({ organisationId: id, organisationRole: "administrator", role: "employer" });
    const audits = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audits.map((row) => row.action)).toEqual(["organisation.registered"]);
  });

  it("places the organisation in the neighbourhood of its postcode's longest known prefix", async () => {
    const sector = `ZE${Math.floor(Math.random() * 9) + 1} 9`;
    const district = sector.slice(0, -2);
    await neighbourhoodAt(district);
    const inSector = await neighbourhoodAt(sector);
    const { id } = await registerOrganisation(await createUser(db()), details({ postcode: `${sector}ZZ` }));
    const [organisation] = await db().select({ neighbourhoodId: organisations.neighbourhoodId }).from(organisations).where(eq(organisations.id, id));
    expect(organisation?.neighbourhoodId).toBe(inSector);
  });

  it("makes a partner organisation's first person a partner", async () => {
    const person = await createUser(db());
    await registerOrganisation(person, details({ kind: "partner", type: "voluntary" }));
    expect((await membershipOf(db(), person.id))?.role).toBe("partner");
  });

  it("refuses a name already registered, a webmail domain and a domain that is not the person's, saving nothing", async () => {
    const taken = await createSelfRegisteredOrganisation(db());
    const person = await createUser(db(), { email: `${uniqueTag("ann-")}@gmail.com` });

    expect(await englishRefusal(registerOrganisation(person, details({ name: taken.name.toUpperCase() })))).toMatchObject({
      code: "validation",
      fieldErrors: { name: [`${taken.name.toUpperCase()} is already registered. Ask to join it instead, from your organisation page.`] },
    });
    expect((await englishRefusal(registerOrganisation(person, details({ emailDomain: "gmail.com" })))).fieldErrors.emailDomain?.[0]).toContain("gmail.com is a public email service");
    expect((await englishRefusal(registerOrganisation(person, details({ emailDomain: "tesco.com" })))).fieldErrors.emailDomain?.[0]).toContain("your address is not at tesco.com");
    expect(await membershipOf(db(), person.id)).toEqual({ organisationId: null, organisationRole: null, role: "resident" });
  });

  it("refuses someone who already belongs to an organisation", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const member = await createMember(db(), organisation.id);
    expect(await englishRefusal(registerOrganisation(member, details()))).toEqual({
      code: "conflict",
      message: `You already belong to ${organisation.name}. Leave it first, from your organisation's page.`,
      fieldErrors: {},
    });
  });

  it("refuses a postcode that is not one, field by field", () => {
    const parsed = ZOrganisationDetails.safeParse({ name: "", kind: "shop", type: "private", sicSection: "Z", sizeBand: "huge", postcode: "Coventry", website: "not a site", emailDomain: "nodot" });
    expect(parsed.success).toBe(false);
    expect(new Set(parsed.error?.issues.map((issue) => issue.path.join(".")))).toEqual(new Set(["name", "kind", "sicSection", "sizeBand", "postcode", "website", "emailDomain"]));
  });
});

describe("updateOrganisationDetails", () => {
  it("returns a verified organisation to the officers when its name or domain changes, not for its size", async () => {
    const organisation = await createSelfRegisteredOrganisation(db(), { verification: "verified" });
    const administrator = await createMember(db(), organisation.id, "administrator");
    const same = { name: organisation.name, sicSection: "C", sizeBand: "medium" };

    expect(await updateOrganisationDetails(administrator, details(same))).toEqual({ needsVerification: false });
    expect(await updateOrganisationDetails(administrator, details({ ...same, name: `${organisation.name} Group` }))).toEqual({ needsVerification: true });
    const [row] = await db().select({ verification: organisations.verification, sizeBand: organisations.sizeBand }).from(organisations).where(eq(organisations.id, organisation.id));
    expect(row).toEqual({ verification: "unverified", sizeBand: "medium" });
  });

  it("is for administrators only", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const member = await createMember(db(), organisation.id, "member");
    expect((await englishRefusal(updateOrganisationDetails(member, details()))).message).toBe("Only your organisation's administrators can do that.");
  });

  it("gives people the role of the new kind when an employer becomes a partner", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const administrator = await createMember(db(), organisation.id, "administrator");
    const colleague = await createMember(db(), organisation.id, "member");
    await updateOrganisationDetails(administrator, details({ name: organisation.name, kind: "partner", type: "voluntary" }));
    expect((await membershipOf(db(), colleague.id))?.role).toBe("partner");
  });
});
