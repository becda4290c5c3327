import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { funnelCsv } from "@/lib/domain/campaigns/funnel-csv";
import type { CampaignFunnel } from "@/lib/domain/campaigns/funnel";
import { getDb } from "@/lib/db/client";
import { auditLog, campaignRecipients, partnerContacts, surveyCampaigns } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { getCampaignFunnel } from "@/lib/server/campaigns/get-campaign-funnel";
import { recordFunnelExport } from "@/lib/server/campaigns/record-funnel-export";
import { CSV_WORDS } from "@/tests/support/campaign-fixtures";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { createOrganisation, insertPartnerReference } from "@/tests/support/partner-fixtures";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();
const at = new Date("2026-11-02T09:00:00Z");
type Recipient = typeof campaignRecipients.$inferInsert;
type Stage = "delivered" | "opened" | "started" | "submitted" | "bounced" | "unsubscribed";

/** `count` recipients alike, the first `reached[stage]` of them having reached each stage. */
function recipients(campaignId: string, count: number, values: Partial<Recipient>, reached: Partial<Record<Stage, number>>, invited = true): Recipient[] {
  const when = (stage: Stage, index: number) => (index < (reached[stage] ?? 0) ? at : null);
  return Array.from({ length: count }, (_, index) => ({
    campaignId,
    email: `${uniqueTag("person-")}@example.test`,
    name: `Recipient ${uniqueTag()}`,
    listName: "members.csv",
    ...values,
    invitedAt: invited ? at : null,
    deliveredAt: when("delivered", index),
    openedAt: when("opened", index),
    startedAt: when("started", index),
    submittedAt: when("submitted", index),
    bouncedAt: when("bounced", index),
    unsubscribedAt: when("unsubscribed", index),
  }));
}

const HOSTILE_LIST = "=HYPERLINK(\"http://evil.example\",\"click\")";
let officer: CurrentUser;
let partner: { id: string; name: string };
let funnel: CampaignFunnel;
let campaignId: string;
let surveyId: string;

beforeAll(async () => {
  await insertPartnerReference();
  officer = await createUser(db(), { role: "officer" });
  partner = await createOrganisation(officer, { inNetwork: "on" });
  const survey = await createSurvey(db());
  surveyId = survey.id;
  const [campaign] = await db().insert(surveyCampaigns).values({ surveyId, name: "Autumn mailing", status: "sent", sentAt: at }).returning();
  if (!campaign) throw new Error("No campaign");
  campaignId = campaign.id;
  const contacts = await db()
    .insert(partnerContacts)
    .values(Array.from({ length: 27 }, () => ({ organisationId: partner.id, name: "Contact", email: `${uniqueTag("contact-")}@example.test` })))
    .returning({ id: partnerContacts.id });
  const rows = [
    // Construction, small: 20 invited, 4 answered (20% of invited, 8% of responses).
    ...recipients(campaignId, 20, { sector: "F", sizeBand: "small" }, { delivered: 18, opened: 10, started: 6, submitted: 4 }),
    // Retail, micro: 50 invited, 30 answered, one unsubscribed; and one not invited yet.
    ...recipients(campaignId, 50, { sector: "G", sizeBand: "micro" }, { delivered: 50, started: 35, submitted: 30, unsubscribed: 1 }),
    ...recipients(campaignId, 1, { sector: "G", sizeBand: "micro" }, {}, false),
    // Manufacturing, medium, the partner's contacts on a list with a hostile name: 27 invited, 14 answered.
    ...recipients(campaignId, 27, { sector: "C", sizeBand: "medium", listName: HOSTILE_LIST }, { delivered: 27, started: 14, submitted: 14 }).map((row, index) => ({ ...row, contactId: contacts[index]?.id })),
    // Not known: 3 invited, one bounced, 2 answered.
    ...recipients(campaignId, 3, { listName: HOSTILE_LIST }, { delivered: 2, started: 2, submitted: 2, bounced: 1 }).reverse(),
  ];
  await db().insert(campaignRecipients).values(rows);
  funnel = await getCampaignFunnel(campaignId);
});

const group = (dimension: keyof CampaignFunnel["groups"], key: string | null) => funnel.groups[dimension].find((row) => row.group.key === key);

describe("a campaign's funnel", () => {
  it("counts each stage over the whole campaign, leaving out those not invited yet", () => {
    expect(funnel.campaign).toMatchObject({ id: campaignId, name: "Autumn mailing", status: "sent", partnerName: null, surveyId });
    expect(funnel.overall).toEqual({ invited: 100, delivered: 97, opened: 10, started: 57, submitted: 50, bounced: 1, unsubscribed: 1 });
  });

  it("groups by sector and size band with their names, and flags who is under-represented", () => {
    expect(funnel.groups.sector.map((row) => row.group.key)).toEqual(["G", "C", "F", null]);
    expect(group("sector", "F")?.group).toEqual({ key: "F", label: "Construction", counts: { invited: 20, delivered: 18, opened: 10, started: 6, submitted: 4, bounced: 0, unsubscribed: 0 } });
    expect(group("sector", "F")?.representation).toMatchObject({ invitedShare: 20, responseShare: 8, responseRate: 20, underRepresented: true });
    expect(group("size", "small")?.group.label).toBe("Small (10 to 49 employees)");
    expect(group("size", "small")?.representation.underRepresented).toBe(true);
    const flagged = (["sector", "size", "list", "partner"] as const).flatMap((dimension) => funnel.groups[dimension].filter((row) => row.representation.underRepresented).map((row) => `${dimension}:${row.group.key}`));
    expect(flagged.sort()).toEqual(["sector:F", "size:small"]);
  });

  it("groups by list, and by partner through the contact's organisation", () => {
    expect(group("list", "members.csv")?.group.counts).toMatchObject({ invited: 70, submitted: 34 });
    expect(group("list", HOSTILE_LIST)?.group.counts).toMatchObject({ invited: 30, submitted: 16 });
    expect(group("partner", partner.id)?.group).toMatchObject({ label: partner.name, counts: expect.objectContaining({ invited: 27, submitted: 14 }) });
    expect(group("partner", null)?.group.counts).toMatchObject({ invited: 73, submitted: 36 });
  });

  it("credits every recipient of a partner's campaign to that partner", async () => {
    const other = await createOrganisation(officer, { inNetwork: "on" });
    const [campaign] = await db().insert(surveyCampaigns).values({ surveyId, name: "Partner mailing", partnerOrganisationId: other.id }).returning();
    if (!campaign) throw new Error("No campaign");
    const [contact] = await db().insert(partnerContacts).values({ organisationId: partner.id, name: "Contact", email: `${uniqueTag("contact-")}@example.test` }).returning();
    await db().insert(campaignRecipients).values([...recipients(campaign.id, 4, {}, { submitted: 2 }), ...recipients(campaign.id, 1, { contactId: contact?.id }, {})]);
    const theirs = await getCampaignFunnel(campaign.id);
    expect(theirs.campaign.partnerName).toBe(other.name);
    expect(theirs.groups.partner.map((row) => [row.group.key, row.group.counts.invited])).toEqual([[other.id, 5]]);
    // Too few responses to compare: nothing is flagged.
    expect(theirs.groups.sector.some((row) => row.representation.underRepresented)).toBe(false);
  });

  it("returns counts only: no recipient's address or name", () => {
    const text = JSON.stringify(funnel);
    expect(text).not.toContain("@example.test");
    expect(text).not.toContain("Recipient ");
  });

  it("is not found for an unknown campaign", async () => {
    await expect(getCampaignFunnel(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the funnel's CSV", () => {
  it("has a row for the campaign and each group, with text cells formula-neutralised", () => {
    const lines = funnelCsv(funnel, CSV_WORDS).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("D,G,I,De,O,S,Su,B,U,R,IS,RS,F");
    expect(lines[1]).toBe("All,Everyone,100,97,10,57,50,1,1,50,,,");
    expect(lines).toContain("Sector,Construction,20,18,10,6,4,0,0,20,20,8,Yes");
    expect(lines.find((line) => line.startsWith("List,") && line.includes("HYPERLINK"))).toMatch(/^List,"'=HYPERLINK/);
    expect(lines).toHaveLength(2 + 2 + 2 + 4 + 4);
  });

  it("records each download in the audit log before it is sent, and names the file", async () => {
    const { filename } = await recordFunnelExport(officer, campaignId, new Date("2026-12-03T10:00:00Z"));
    expect(filename).toMatch(/-autumn-mailing-funnel-2026-12-03\.csv$/);
    const rows = await db().select().from(auditLog).where(and(eq(auditLog.subjectId, campaignId), eq(auditLog.action, "campaign.funnel_export")));
    expect(rows).toEqual([expect.objectContaining({ actorId: officer.id, subjectType: "survey_campaign" })]);
  });
});
