import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, emailOutbox, surveyCampaigns, surveyThemes } from "@/lib/db/schema";
import { getCampaignFunnel } from "@/lib/server/campaigns/get-campaign-funnel";
import { listPartnerCampaigns } from "@/lib/server/partner-portal/list-partner-campaigns";
import { sendSurveyToContacts } from "@/lib/server/partner-portal/send-survey-to-contacts";
import { englishRefusal } from "@/tests/support/messages";
import { createMember, createSelfRegisteredOrganisation } from "@/tests/support/organisation-fixtures";
import { createContact, createTheme } from "@/tests/support/summary-fixtures";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();

async function partnerWithContacts() {
  const organisation = await createSelfRegisteredOrganisation(db(), { kind: "partner", verification: "verified" });
  const person = await createMember(db(), organisation.id, "administrator");
  const theme = await createTheme("Jobs");
  const contacts = await Promise.all([
    createContact({ organisationId: organisation.id, name: "Sue", themeIds: [theme.id] }),
    createContact({ organisationId: organisation.id, name: "Raj", themeIds: [theme.id] }),
    createContact({ organisationId: organisation.id, name: "Gone", themeIds: [theme.id], status: "unsubscribed" }),
  ]);
  const survey = await createSurvey(db());
  await db().insert(surveyThemes).values({ surveyId: survey.id, themeId: theme.id });
  return { organisation, person, contacts, survey };
}

describe("a partner sends a survey to its contacts", () => {
  it("invites its own active contacts only, each with a personal link, in a campaign credited to it", async () => {
    const { organisation, person, contacts, survey } = await partnerWithContacts();
    const elsewhere = await createSelfRegisteredOrganisation(db(), { kind: "partner", verification: "verified" });
    const stranger = await createContact({ organisationId: elsewhere.id, name: "Not theirs", allThemes: true });

    expect(await sendSurveyToContacts(person, { surveyId: survey.id })).toEqual({ queued: 2 });

    const [campaign] = await db().select().from(surveyCampaigns).where(eq(surveyCampaigns.partnerOrganisationId, organisation.id));
    expect(campaign).toMatchObject({ surveyId: survey.id, status: "sent", reminderDays: [7, 14] });
    const recipients = await db().select({ email: campaignRecipients.email }).from(campaignRecipients).where(eq(campaignRecipients.campaignId, campaign?.id ?? ""));
    expect(recipients.map((row) => row.email).sort()).toEqual([contacts[0]?.email, contacts[1]?.email].sort());
    const mail = await db().select({ to: emailOutbox.toAddress, text: emailOutbox.textBody }).from(emailOutbox).where(eq(emailOutbox.toAddress, contacts[0]?.email ?? ""));
    expect(mail[0]?.text).toMatch(/\/surveys\/invitations\//);
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, stranger.email))).toEqual([]);

    const funnel = await getCampaignFunnel(campaign?.id ?? "");
    expect(JSON.stringify(funnel)).toContain(organisation.name);
    expect(await listPartnerCampaigns(person)).toEqual([expect.objectContaining({ survey: survey.title, invited: 2, started: null, submitted: null })]);
  });

  it("refuses a survey outside its themes, a closed one, and a partner with no active contacts", async () => {
    const { person } = await partnerWithContacts();
    expect((await englishRefusal(sendSurveyToContacts(person, { surveyId: (await createSurvey(db())).id }))).code).toBe("not_found");

    const lonely = await partnerWithContacts();
    const closed = await createSurvey(db(), { status: "closed" });
    const [theme] = await db().select({ themeId: surveyThemes.themeId }).from(surveyThemes).where(eq(surveyThemes.surveyId, lonely.survey.id));
    await db().insert(surveyThemes).values({ surveyId: closed.id, themeId: theme?.themeId ?? "" });
    expect((await englishRefusal(sendSurveyToContacts(lonely.person, { surveyId: closed.id }))).message).toBe("That survey is not open for answers, so nothing was sent.");

    const empty = await createSelfRegisteredOrganisation(db(), { kind: "partner", verification: "verified" });
    const emptyPerson = await createMember(db(), empty.id, "member");
    const open = await createSurvey(db());
    await db().insert(surveyThemes).values({ surveyId: open.id, themeId: theme?.themeId ?? "" });
    // No active contact at all: every theme is theirs, but nobody to send to, and nothing is kept.
    expect((await englishRefusal(sendSurveyToContacts(emptyPerson, { surveyId: open.id }))).message).toContain("no active contacts");
    expect(await db().select().from(surveyCampaigns).where(eq(surveyCampaigns.partnerOrganisationId, empty.id))).toEqual([]);
  });
});
