import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, emailOutbox, surveyResponses } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { checkCampaignLink } from "@/lib/server/campaigns/check-campaign-link";
import { requestCampaignLink } from "@/lib/server/campaigns/request-campaign-link";
import { revokeRecipientLink } from "@/lib/server/campaigns/revoke-recipient-link";
import { sendCampaign } from "@/lib/server/campaigns/send-campaign";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { getSurveyStart } from "@/lib/server/surveys/respond/get-survey-start";
import { saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import { submitSurveyDraft } from "@/lib/server/surveys/respond/submit-survey-draft";
import { addRecipients, addresses, campaignMailTo, campaignToken, createTestCampaign, recipientRow, throughLink } from "@/tests/support/campaign-fixtures";
import { SKILLS_GAP_SURVEY } from "@/tests/support/survey-fixtures";

const db = () => getDb();

async function sentCampaign(options: Parameters<typeof createTestCampaign>[1] = {}) {
  const campaign = await createTestCampaign(db(), options);
  const at = addresses();
  const recipients = await addRecipients(db(), campaign, [at("ann"), at("bob")]);
  const ann = recipients.get(at("ann"));
  const bob = recipients.get(at("bob"));
  if (!ann || !bob) throw new Error("recipients not added");
  await sendCampaign(campaign.officer, campaign.campaignId);
  return { ...campaign, ann, bob };
}

const answer = (slug: string, recipientId: string) => saveSurveySection(slug, throughLink(recipientId), { sectionId: "first", returnToCheck: false, form: { "q.likes": "no" } });

describe("sending a campaign", () => {
  it("queues one invitation per recipient with their personal link and one-click unsubscribe, and only once", async () => {
    const { officer, campaignId, ann, bob } = await sentCampaign();
    for (const recipient of [ann, bob]) {
      const mail = await campaignMailTo(db(), recipient.id);
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({ toAddress: recipient.email, category: "campaign-invitation", status: "queued" });
      expect(mail[0]?.textBody).toContain(`/surveys/invitations/${campaignToken(recipient.id)}`);
      expect(mail[0]?.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "List-Unsubscribe": expect.stringContaining("/api/campaigns/unsubscribe/") });
      expect((await recipientRow(db(), recipient.id)).invitedAt).not.toBeNull();
    }
    await expect(sendCampaign(officer, campaignId)).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses to send for a survey that is not open", async () => {
    const campaign = await createTestCampaign(db(), { survey: { status: "closed" } });
    await addRecipients(db(), campaign, [addresses()("x")]);
    await expect(sendCampaign(campaign.officer, campaign.campaignId)).rejects.toMatchObject({ message: "problems.campaign.surveyNotOpen" });
  });
});

describe("a personal link", () => {
  it("opens its survey without an account, past the audience rules, prefilled with the recipient's organisation", async () => {
    const { survey, ann } = await sentCampaign({ survey: { audience: "employers", definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true } });
    expect(await checkCampaignLink(campaignToken(ann.id))).toMatchObject({ state: "live", slug: survey.slug });
    await expect(getRespondentDraft(survey.slug, { user: null, resumeToken: null })).rejects.toBeDefined();
    const draft = await getRespondentDraft(survey.slug, throughLink(ann.id));
    expect(draft.organisation).toMatchObject({ organisationName: `Org of ${ann.email}`, sector: "G", sizeBand: "small" });
  });

  it("is refused when tampered with, and opens only its own survey", async () => {
    const { ann } = await sentCampaign();
    const other = await sentCampaign();
    const token = campaignToken(ann.id);
    expect(await checkCampaignLink(`${token.slice(0, -2)}xx`)).toEqual({ state: "invalid", surveyTitle: null });
    await expect(getRespondentDraft(other.survey.slug, throughLink(ann.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps one draft per link: a forwarded link continues it, another recipient's link never sees it", async () => {
    const { survey, ann, bob } = await sentCampaign();
    await answer(survey.slug, ann.id);
    // A colleague opening the forwarded link is the same link: the same draft.
    expect((await getRespondentDraft(survey.slug, throughLink(ann.id))).draft?.answers).toEqual({ likes: "no" });
    expect((await getRespondentDraft(survey.slug, throughLink(bob.id))).draft).toBeNull();
    expect((await recipientRow(db(), ann.id)).startedAt).not.toBeNull();
    expect((await recipientRow(db(), bob.id)).startedAt).toBeNull();
  });

  it("counts one response, then is used", async () => {
    const { survey, ann } = await sentCampaign();
    await answer(survey.slug, ann.id);
    const draft = await getRespondentDraft(survey.slug, throughLink(ann.id));
    const { reference } = await submitSurveyDraft(survey.slug, throughLink(ann.id), draft.draft?.id ?? "");
    const rows = await db().select().from(surveyResponses).where(eq(surveyResponses.campaignRecipientId, ann.id));
    expect(rows).toMatchObject([{ status: "submitted", reference }]);
    expect((await recipientRow(db(), ann.id)).submittedAt).not.toBeNull();
    expect(await checkCampaignLink(campaignToken(ann.id))).toMatchObject({ state: "used" });
    await expect(answer(survey.slug, ann.id)).rejects.toMatchObject({ message: "problems.campaign.link.used" });
    expect((await getSurveyStart(survey.slug, throughLink(ann.id))).answered).toBe(true);
  });

  it("stops working when expired or revoked", async () => {
    const { survey, officer, campaignId, ann, bob } = await sentCampaign();
    await db().update(campaignRecipients).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(campaignRecipients.id, ann.id));
    expect(await checkCampaignLink(campaignToken(ann.id))).toMatchObject({ state: "expired" });
    await expect(answer(survey.slug, ann.id)).rejects.toMatchObject({ message: "problems.campaign.link.expired" });
    expect((await getSurveyStart(survey.slug, throughLink(ann.id))).campaignLink).toBe("expired");

    await revokeRecipientLink(officer, campaignId, bob.id);
    expect(await checkCampaignLink(campaignToken(bob.id))).toMatchObject({ state: "revoked" });
    await expect(answer(survey.slug, bob.id)).rejects.toMatchObject({ message: "problems.campaign.link.revoked" });
  });

  it("sends a fresh link to the recipient's own address only, with the expiry extended", async () => {
    const { ann } = await sentCampaign();
    await db().update(campaignRecipients).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(campaignRecipients.id, ann.id));
    await requestCampaignLink(campaignToken(ann.id), "someone-else@example.test", "192.0.2.10");
    expect(await campaignMailTo(db(), ann.id)).toHaveLength(1);
    await requestCampaignLink(campaignToken(ann.id), ann.email, "192.0.2.10");
    const mail = await campaignMailTo(db(), ann.id);
    expect(mail.map((row) => row.category).sort()).toEqual(["campaign-invitation", "campaign-new-link"]);
    expect((await recipientRow(db(), ann.id)).expiresAt?.getTime()).toBeGreaterThan(Date.now());
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, "someone-else@example.test"))).toHaveLength(0);
  });
});
