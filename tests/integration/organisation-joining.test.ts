import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, organisationInvitations } from "@/lib/db/schema";
import { acceptInvitation } from "@/lib/server/organisations/accept-invitation";
import { changeMember } from "@/lib/server/organisations/change-member";
import { decideJoinRequest } from "@/lib/server/organisations/decide-join-request";
import { findOrganisationsToJoin } from "@/lib/server/organisations/find-organisations-to-join";
import { getInvitation } from "@/lib/server/organisations/get-invitation";
import { getMyOrganisation } from "@/lib/server/organisations/get-my-organisation";
import { inviteColleague } from "@/lib/server/organisations/invite-colleague";
import { leaveOrganisation } from "@/lib/server/organisations/leave-organisation";
import { requestToJoin } from "@/lib/server/organisations/request-to-join";
import { withdrawInvitation } from "@/lib/server/organisations/withdraw-invitation";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { englishRefusal } from "@/tests/support/messages";
import { createMember, createSelfRegisteredOrganisation, membershipOf } from "@/tests/support/organisation-fixtures";

const db = () => getDb();

const mailTo = (address: string) => db().select({ subject: emailOutbox.subject, text: emailOutbox.textBody }).from(emailOutbox).where(and(eq(emailOutbox.toAddress, address), eq(emailOutbox.category, "organisation")));

async function invitationLink(address: string): Promise<string> {
  const [mail] = await mailTo(address);
  const token = mail?.text.match(/\/organisation\/invitations\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`No invitation link for ${address}`);
  return token;
}

describe("asking to join", () => {
  it("waits for an administrator, who is emailed, and joins the person as a member when approved", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const administrator = await createMember(db(), organisation.id, "administrator");
    const priya = await createUser(db(), { name: "Priya Shah" });

    expect(await requestToJoin(priya, { organisationId: organisation.id, message: "I run our payroll." })).toEqual({ outcome: "requested", organisation: organisation.name });
    const [mail] = await mailTo(administrator.email);
    expect(mail?.subject).toBe(`Priya Shah asked to join ${organisation.name}`);
    expect(mail?.text).toContain("They wrote: “I run our payroll.”");

    const waiting = await getMyOrganisation(administrator);
    expect(waiting?.joinRequests.map((request) => [request.name, request.message])).toEqual([["Priya Shah", "I run our payroll."]]);
    const requestId = waiting?.joinRequests[0]?.id ?? "";
    await decideJoinRequest(administrator, { requestId, decision: "approve" });
    expect(await membershipOf(db(), priya.id)).toEqual({ organisationId: organisation.id, organisationRole: "member", role: "employer" });
    expect((await mailTo(priya.email)).map((row) => row.subject)).toEqual([`You have joined ${organisation.name}`]);
    expect((await englishRefusal(decideJoinRequest(administrator, { requestId, decision: "decline" }))).message).toBe("Someone has already answered that request.");
  });

  it("joins at once at a verified organisation's own domain, but never at an unverified one's or a webmail one", async () => {
    const domain = `${uniqueTag("works-")}.co.uk`;
    const verified = await createSelfRegisteredOrganisation(db(), { verification: "verified", emailDomain: domain });
    const colleague = await createUser(db(), { email: `sam@${domain}` });
    expect((await findOrganisationsToJoin(colleague, "")).candidates).toEqual([{ id: verified.id, name: verified.name, verified: true, joinsAutomatically: true }]);
    expect(await requestToJoin(colleague, { organisationId: verified.id, message: "" })).toMatchObject({ outcome: "joined" });
    expect((await membershipOf(db(), colleague.id))?.organisationRole).toBe("member");

    const otherDomain = `${uniqueTag("new-")}.co.uk`;
    const unverified = await createSelfRegisteredOrganisation(db(), { emailDomain: otherDomain });
    expect(await requestToJoin(await createUser(db(), { email: `jo@${otherDomain}` }), { organisationId: unverified.id, message: "" })).toMatchObject({ outcome: "requested" });

    const webmail = await createSelfRegisteredOrganisation(db(), { verification: "verified", emailDomain: "gmail.com" });
    expect(await requestToJoin(await createUser(db(), { email: `${uniqueTag("x")}@gmail.com` }), { organisationId: webmail.id, message: "" })).toMatchObject({ outcome: "requested" });
  });

  it("never offers or joins a rejected organisation, and lets one request wait at a time", async () => {
    const rejected = await createSelfRegisteredOrganisation(db(), { verification: "rejected", name: `Rejected Works ${uniqueTag()}` });
    const person = await createUser(db());
    expect((await findOrganisationsToJoin(person, rejected.name)).candidates).toEqual([]);
    expect((await englishRefusal(requestToJoin(person, { organisationId: rejected.id, message: "" }))).code).toBe("not_found");

    const first = await createSelfRegisteredOrganisation(db());
    await createMember(db(), first.id, "administrator");
    await requestToJoin(person, { organisationId: first.id, message: "" });
    expect((await englishRefusal(requestToJoin(person, { organisationId: (await createSelfRegisteredOrganisation(db())).id, message: "" }))).code).toBe("conflict");
  });

  it("lets only the organisation's own administrators answer its requests", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const administrator = await createMember(db(), organisation.id, "administrator");
    const member = await createMember(db(), organisation.id, "member");
    await requestToJoin(await createUser(db()), { organisationId: organisation.id, message: "" });
    const requestId = (await getMyOrganisation(administrator))?.joinRequests[0]?.id ?? "";
    expect((await englishRefusal(decideJoinRequest(member, { requestId, decision: "approve" }))).code).toBe("forbidden");
    const otherAdministrator = await createMember(db(), (await createSelfRegisteredOrganisation(db())).id, "administrator");
    expect((await englishRefusal(decideJoinRequest(otherAdministrator, { requestId, decision: "approve" }))).code).toBe("not_found");
  });
});

describe("invitations", () => {
  it("emails a single-use link that joins the invited address as a member", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const administrator = await createMember(db(), organisation.id, "administrator", "Tom Bennett");
    const invited = `${uniqueTag("priya-")}@example.test`;
    await inviteColleague(administrator, { email: invited });
    const token = await invitationLink(invited);
    expect((await mailTo(invited))[0]?.subject).toBe(`Tom Bennett invited you to join ${organisation.name} on Let’s Talk Coventry`);

    const someoneElse = await createUser(db());
    expect(await getInvitation(token, someoneElse)).toMatchObject({ organisation: organisation.name, inviter: "Tom Bennett", state: "open", forYou: false });
    expect((await englishRefusal(acceptInvitation(someoneElse, token))).message).toBe(`This invitation is for ${invited}. Sign out, then sign in with that address to accept it.`);

    const priya = await createUser(db(), { email: invited });
    expect(await acceptInvitation(priya, token)).toEqual({ organisation: organisation.name });
    expect(await membershipOf(db(), priya.id)).toEqual({ organisationId: organisation.id, organisationRole: "member", role: "employer" });
    expect((await englishRefusal(acceptInvitation(priya, token))).message).toBe("That invitation has already been accepted.");
  });

  it("refuses a withdrawn, an expired and a replaced invitation, and an unknown link", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const administrator = await createMember(db(), organisation.id, "administrator");
    const invited = `${uniqueTag("jo-")}@example.test`;
    const jo = await createUser(db(), { email: invited });

    await inviteColleague(administrator, { email: invited });
    const replaced = await invitationLink(invited);
    await db().delete(emailOutbox).where(eq(emailOutbox.toAddress, invited));
    await inviteColleague(administrator, { email: invited });
    const current = await invitationLink(invited);
    expect((await englishRefusal(acceptInvitation(jo, replaced))).message).toContain("was withdrawn");

    const [open] = await db().select({ id: organisationInvitations.id }).from(organisationInvitations).where(and(eq(organisationInvitations.email, invited), eq(organisationInvitations.organisationId, organisation.id)));
    expect(open).toBeDefined();
    await db().update(organisationInvitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(organisationInvitations.organisationId, organisation.id));
    expect((await englishRefusal(acceptInvitation(jo, current))).message).toContain("has expired");
    expect((await englishRefusal(acceptInvitation(jo, "A".repeat(43)))).code).toBe("not_found");
    expect((await englishRefusal(withdrawInvitation(administrator, { invitationId: open?.id ?? "" }))).code).toBe("not_found");
  });

  it("will not invite someone already in the organisation, and only administrators invite", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const administrator = await createMember(db(), organisation.id, "administrator");
    const member = await createMember(db(), organisation.id, "member");
    expect((await englishRefusal(inviteColleague(administrator, { email: member.email }))).message).toBe(`${member.email} already belongs to your organisation.`);
    expect((await englishRefusal(inviteColleague(member, { email: `${uniqueTag()}@example.test` }))).code).toBe("forbidden");
  });
});

describe("people and leaving", () => {
  it("keeps an administrator: the last one can neither step down nor leave while others remain", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const administrator = await createMember(db(), organisation.id, "administrator");
    const member = await createMember(db(), organisation.id, "member");

    expect((await englishRefusal(changeMember(administrator, { userId: administrator.id, change: "member" }))).message).toContain("Make someone else an administrator first");
    expect((await englishRefusal(leaveOrganisation(administrator))).message).toContain("only administrator");
    await changeMember(administrator, { userId: member.id, change: "administrator" });
    await leaveOrganisation(administrator);
    expect(await membershipOf(db(), administrator.id)).toEqual({ organisationId: null, organisationRole: null, role: "resident" });
    expect((await membershipOf(db(), member.id))?.organisationRole).toBe("administrator");
  });

  it("removes someone, who becomes a resident, and refuses members who try", async () => {
    const organisation = await createSelfRegisteredOrganisation(db());
    const administrator = await createMember(db(), organisation.id, "administrator");
    const member = await createMember(db(), organisation.id, "member");
    expect((await englishRefusal(changeMember(member, { userId: administrator.id, change: "remove" }))).code).toBe("forbidden");
    expect((await englishRefusal(changeMember(administrator, { userId: administrator.id, change: "remove" }))).message).toBe("To go yourself, use Leave this organisation.");
    await changeMember(administrator, { userId: member.id, change: "remove" });
    expect(await membershipOf(db(), member.id)).toEqual({ organisationId: null, organisationRole: null, role: "resident" });
    const stranger = await createMember(db(), (await createSelfRegisteredOrganisation(db())).id);
    expect((await englishRefusal(changeMember(administrator, { userId: stranger.id, change: "remove" }))).code).toBe("not_found");
  });
});
