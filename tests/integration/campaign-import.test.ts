import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, campaignRecipients, emailSuppressions } from "@/lib/db/schema";
import { ValidationError } from "@/lib/errors";
import { addCampaignContacts } from "@/lib/server/campaigns/add-campaign-contacts";
import { checkRecipientImport } from "@/lib/server/campaigns/check-recipient-import";
import { importRecipients } from "@/lib/server/campaigns/import-recipients";
import { addresses, createTestCampaign } from "@/tests/support/campaign-fixtures";
import { createPartnerContact } from "@/tests/support/partner-contact-fixtures";
import { eraseAccount } from "@/lib/server/profile/erase-account";
import { createUser } from "@/tests/support/factories";

const db = () => getDb();
const recipientsOf = (campaignId: string) => db().select().from(campaignRecipients).where(eq(campaignRecipients.campaignId, campaignId));

describe("importing a campaign's recipients", () => {
  it("reports problems per row with line numbers, and saves only the good rows when the officer confirms", async () => {
    const campaign = await createTestCampaign(db());
    const at = addresses();
    const csv = ["Name,EMAIL,Organisation,Sector,Size", `Ann,${at("ann")},Ann's Café,I,micro`, "Bob,not-an-address,,,", `Cy,${at("cy")},,Q9,enormous`, `Di,${at("di")},,,`].join("\n");

    const check = await checkRecipientImport(db(), campaign.campaignId, csv);
    expect(check).toMatchObject({ ready: 2, errors: 2 });
    expect(check.rows.filter((row) => row.errors.length).map((row) => [row.line, row.errors.map((error) => error.key)])).toEqual([
      [3, ["validation.partnerContact.emailFormat"]],
      [4, ["validation.campaign.sector", "validation.campaign.size"]],
    ]);
    expect(await recipientsOf(campaign.campaignId)).toHaveLength(0);

    expect(await importRecipients(campaign.officer, campaign.campaignId, "list.csv", csv)).toEqual({ added: 2, merged: 0, skipped: 0, errors: 2 });
    const saved = await recipientsOf(campaign.campaignId);
    expect(saved.map((row) => row.email).sort()).toEqual([at("ann"), at("di")]);
    expect(saved.find((row) => row.email === at("ann"))).toMatchObject({ name: "Ann", organisationName: "Ann's Café", sector: "I", sizeBand: "micro", listName: "list.csv", invitedAt: null });
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.action, "campaign.recipients_imported"), eq(auditLog.subjectId, campaign.campaignId)));
    expect(audit?.details).toMatchObject({ added: 2, errors: 2 });
  });

  it("merges repeated addresses in the file and against recipients already on the campaign", async () => {
    const campaign = await createTestCampaign(db());
    const at = addresses();
    await importRecipients(campaign.officer, campaign.campaignId, "first.csv", `email,organisation\n${at("ann")},\n`);
    const result = await importRecipients(campaign.officer, campaign.campaignId, "second.csv", `email,organisation,size\n${at("ann").toUpperCase()},Acme,\n${at("bob")},,small\n${at("bob")},Bob Ltd,large\n`);
    expect(result).toEqual({ added: 1, merged: 2, skipped: 0, errors: 0 });
    const rows = await recipientsOf(campaign.campaignId);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.email === at("ann"))).toMatchObject({ organisationName: "Acme", listName: "first.csv" });
    expect(rows.find((row) => row.email === at("bob"))).toMatchObject({ organisationName: "Bob Ltd", sizeBand: "small" });
  });

  it("skips suppressed addresses and partner contacts who are not active, and counts them", async () => {
    const campaign = await createTestCampaign(db());
    const at = addresses();
    await db().insert(emailSuppressions).values({ email: at("gone"), reason: "unsubscribed" });
    const bounced = await createPartnerContact(db(), { email: at("bounced"), status: "bounced" });
    const check = await checkRecipientImport(db(), campaign.campaignId, `email\n${at("gone")}\n${bounced.email}\n${at("fine")}\n`);
    expect(check.rows.map((row) => row.skipped)).toEqual(["suppressed", "inactiveContact", null]);
    expect(await importRecipients(campaign.officer, campaign.campaignId, "x.csv", `email\n${at("gone")}\n${bounced.email}\n${at("fine")}\n`)).toEqual({ added: 1, merged: 0, skipped: 2, errors: 0 });
  });

  it("refuses a file in which no row can be added, and saves nothing", async () => {
    const campaign = await createTestCampaign(db());
    await expect(importRecipients(campaign.officer, campaign.campaignId, "bad.csv", "email\nnope\n")).rejects.toBeInstanceOf(ValidationError);
    await expect(importRecipients(campaign.officer, campaign.campaignId, "bad.csv", "name\nAnn\n")).rejects.toMatchObject({ message: "validation.campaign.noEmailColumn" });
    expect(await recipientsOf(campaign.campaignId)).toHaveLength(0);
  });

  it("adds the active contacts of chosen partner organisations only", async () => {
    const campaign = await createTestCampaign(db());
    const active = await createPartnerContact(db());
    const unsubscribed = await createPartnerContact(db(), { organisationId: active.organisationId, email: addresses()("unsub"), status: "unsubscribed" });
    const elsewhere = await createPartnerContact(db());
    expect(await addCampaignContacts(campaign.officer, campaign.campaignId, [active.organisationId])).toEqual({ added: 1, merged: 0, skipped: 0 });
    const rows = await recipientsOf(campaign.campaignId);
    expect(rows.map((row) => row.email)).toEqual([active.email]);
    expect(rows[0]).toMatchObject({ contactId: active.id, listName: "partner contacts", organisationName: expect.stringContaining("Organisation") });
    expect(rows.map((row) => row.email)).not.toContain(unsubscribed.email);
    expect(rows.map((row) => row.email)).not.toContain(elsewhere.email);
  });

  it("loses a person's address when they erase their account", async () => {
    const campaign = await createTestCampaign(db());
    const at = addresses();
    await importRecipients(campaign.officer, campaign.campaignId, "list.csv", `email\n${at("leaver")}\n${at("stayer")}\n`);
    await eraseAccount(await createUser(db(), { email: at("leaver") }));
    expect((await recipientsOf(campaign.campaignId)).map((row) => row.email)).toEqual([at("stayer")]);
  });
});
