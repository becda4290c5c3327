import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { networkMembers, networks, organisations } from "@/lib/db/schema";
import { ValidationError } from "@/lib/errors";
import { addPartnerContact } from "@/lib/server/partners/add-partner-contact";
import { getPartnerOrganisation } from "@/lib/server/partners/get-partner-organisation";
import { listPartnerOrganisations } from "@/lib/server/partners/list-partner-organisations";
import { PARTNER_NETWORK_SLUG } from "@/lib/server/partners/shared/partner-network";
import { savePartnerOrganisation } from "@/lib/server/partners/save-partner-organisation";
import { ZOrganisationInput } from "@/lib/validations/partner";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { auditFor, contactInput, createOrganisation, insertPartnerReference, stopContact } from "@/tests/support/partner-fixtures";
import { englishRefusal, enIssues } from "@/tests/support/messages";

const db = () => getDb();

async function isMember(organisationId: string): Promise<boolean> {
  const rows = await db()
    .select({ id: networkMembers.organisationId })
    .from(networkMembers)
    .innerJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(and(eq(networkMembers.organisationId, organisationId), eq(networks.slug, PARTNER_NETWORK_SLUG)));
  return rows.length === 1;
}

beforeAll(insertPartnerReference);

describe("savePartnerOrganisation", () => {
  it("creates an organisation with a slug from its name, joins the network and audits it", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const tag = uniqueTag();
    const input = ZOrganisationInput.parse({ name: `Foleshill Women's Group ${tag}`, type: "voluntary", description: "Meets on Tuesdays.", place: "Foleshill", inNetwork: "on" });

    const saved = await savePartnerOrganisation(officer, input);

    expect(saved.slug).toBe(`foleshill-womens-group-${tag}`);
    const [row] = await db().select().from(organisations).where(eq(organisations.id, saved.id));
    expect(row).toMatchObject({ name: input.name, type: "voluntary", description: "Meets on Tuesdays.", place: "Foleshill" });
    expect(await isMember(saved.id)).toBe(true);
    expect(await auditFor(saved.id)).toEqual([
      {
        actorId: officer.id,
        action: "organisation.created",
        subjectType: "organisation",
        details: { name: input.name, type: "voluntary", description: "Meets on Tuesdays.", place: "Foleshill", inNetwork: true, membershipChanged: true },
      },
    ]);
  });

  it("numbers a slug already taken and refuses a name already used, ignoring case", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const first = await createOrganisation(officer, { name: `CWN Community ${uniqueTag()}` });
    const second = await createOrganisation(officer, { name: `${first.name}!` });
    expect(second.slug).toBe(`${first.slug}-2`);

    const attempt = savePartnerOrganisation(officer, ZOrganisationInput.parse({ name: first.name.toUpperCase(), type: "community" }));
    await expect(attempt).rejects.toThrow(ValidationError);
    expect(await englishRefusal(attempt)).toMatchObject({ fieldErrors: { name: [`An organisation called "${first.name.toUpperCase()}" already exists.`] } });
  });

  it("edits details and leaves the network, keeping the slug; a blank description is stored as none", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const created = await createOrganisation(officer, { inNetwork: "on", description: "Old" });
    const renamed = `Renamed ${uniqueTag()}`;

    const saved = await savePartnerOrganisation(officer, ZOrganisationInput.parse({ name: renamed, type: "health", description: "  " }), created.id);

    expect(saved.slug).toBe(created.slug);
    const details = await getPartnerOrganisation(created.id);
    expect(details).toMatchObject({ name: renamed, type: "health", description: null, inNetwork: false, contacts: [] });
    expect(await isMember(created.id)).toBe(false);
    expect((await auditFor(created.id, "organisation.updated"))[0]?.details).toMatchObject({ inNetwork: false, membershipChanged: true });
  });

  it("refuses a type that does not exist", () => {
    expect(enIssues(ZOrganisationInput.safeParse({ name: "A group", type: "club" }).error)?.type?.[0]).toBe("Choose the type of organisation.");
  });
});

describe("listPartnerOrganisations", () => {
  it("lists organisations with network membership and contacts counted by status", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const member = await createOrganisation(officer, { inNetwork: "on" });
    const outsider = await createOrganisation(officer);
    await addPartnerContact(officer, member.id, contactInput());
    await addPartnerContact(officer, member.id, contactInput());
    const stopped = await addPartnerContact(officer, member.id, contactInput());
    await stopContact(stopped.id, "bounced");

    const rows = await listPartnerOrganisations();

    expect(rows.find((row) => row.id === member.id)).toMatchObject({ name: member.name, type: "community", inNetwork: true, active: 2, unsubscribed: 0, bounced: 1, complained: 0 });
    expect(rows.find((row) => row.id === outsider.id)).toMatchObject({ inNetwork: false, active: 0, bounced: 0 });
  });
});
