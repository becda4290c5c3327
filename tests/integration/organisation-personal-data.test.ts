import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, organisationInvitations, organisations, surveyCampaigns } from "@/lib/db/schema";
import { inviteColleague } from "@/lib/server/organisations/invite-colleague";
import { requestToJoin } from "@/lib/server/organisations/request-to-join";
import { eraseAccount } from "@/lib/server/profile/erase-account";
import { getPersonalData } from "@/lib/server/profile/get-personal-data";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { createMember, createSelfRegisteredOrganisation, membershipOf } from "@/tests/support/organisation-fixtures";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();

describe("organisations in 'Your data'", () => {
  it("gives the person's organisation and role, their requests to join and the invitations sent to their address", async () => {
    const theirs = await createSelfRegisteredOrganisation(db());
    const person = await createMember(db(), theirs.id, "administrator");
    const other = await createSelfRegisteredOrganisation(db());
    const otherAdministrator = await createMember(db(), other.id, "administrator");
    await inviteColleague(otherAdministrator, { email: person.email });

    const outsider = await createUser(db());
    await requestToJoin(outsider, { organisationId: other.id, message: "I keep the books." });

    const data = await getPersonalData(person);
    expect(data.profile).toMatchObject({ organisation: theirs.name, organisationRole: "administrator" });
    expect(data.invitations).toEqual([expect.objectContaining({ organisation: other.name, acceptedAt: null, withdrawnAt: null })]);
    const survey = await createSurvey(db());
    const [campaign] = await db().insert(surveyCampaigns).values({ surveyId: survey.id, name: "Spring mail-out" }).returning({ id: surveyCampaigns.id });
    await db().insert(campaignRecipients).values({ campaignId: campaign?.id ?? "", email: person.email, listName: "employers.csv", invitedAt: new Date() });
    expect((await getPersonalData(person)).surveyInvitations).toEqual([expect.objectContaining({ survey: survey.title, submittedAt: null })]);
    expect((await getPersonalData(outsider)).joinRequests).toEqual([expect.objectContaining({ organisation: other.name, status: "pending", message: "I keep the books.", answeredAt: null })]);
  });
});

describe("erasing an organisation's people", () => {
  it("hands a sole administrator's organisation to a colleague, and forgets who registered it and the invitations to the address", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const administrator = await createMember(db(), organisation.id, "administrator");
    const colleague = await createMember(db(), organisation.id, "member");
    await db().update(organisations).set({ registeredBy: administrator.id }).where(eq(organisations.id, organisation.id));
    const elsewhere = await createMember(db(), (await createSelfRegisteredOrganisation(db())).id, "administrator");
    await inviteColleague(elsewhere, { email: administrator.email });

    await eraseAccount(administrator);

    expect(await membershipOf(db(), colleague.id)).toMatchObject({ organisationId: organisation.id, organisationRole: "administrator" });
    const [row] = await db().select({ registeredBy: organisations.registeredBy }).from(organisations).where(eq(organisations.id, organisation.id));
    expect(row?.registeredBy).toBeNull();
    expect(await db().select().from(organisationInvitations).where(eq(organisationInvitations.email, administrator.email))).toEqual([]);
  });

  it("changes no one's role when another administrator remains", async () => {
    const organisation = await createSelfRegisteredOrganisation(db(), { name: `Two Heads ${uniqueTag()}` });
    const leaving = await createMember(db(), organisation.id, "administrator");
    await createMember(db(), organisation.id, "administrator");
    const member = await createMember(db(), organisation.id, "member");
    await eraseAccount(leaving);
    expect((await membershipOf(db(), member.id))?.organisationRole).toBe("member");
  });
});
