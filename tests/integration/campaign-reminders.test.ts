import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, campaignRecipients, emailOutbox, emailSuppressions } from "@/lib/db/schema";
import type { EmailSender, OutgoingEmail } from "@/lib/email/message";
import { queueCampaignReminders } from "@/lib/server/campaigns/queue-campaign-reminders";
import { sendCampaign } from "@/lib/server/campaigns/send-campaign";
import { unsubscribeRecipient } from "@/lib/server/campaigns/unsubscribe-recipient";
import { recordEmailEvent } from "@/lib/server/email-events/record-email-event";
import { dispatchDueEmails } from "@/lib/server/outbox/dispatch-due-emails";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import { submitSurveyDraft } from "@/lib/server/surveys/respond/submit-survey-draft";
import { addRecipients, addresses, campaignMailTo, createTestCampaign, recipientRow, throughLink } from "@/tests/support/campaign-fixtures";

const db = () => getDb();
const DAY = 86_400_000;

/** A sent campaign of four: one answers, one unsubscribes, one's address bounces, one does nothing. */
async function campaignOfFour() {
  const campaign = await createTestCampaign(db(), { reminderDays: [7, 14] });
  const at = addresses();
  const rows = await addRecipients(db(), campaign, [at("answers"), at("unsubscribes"), at("bounces"), at("silent")]);
  const get = (name: string) => {
    const row = rows.get(at(name));
    if (!row) throw new Error(name);
    return row;
  };
  const sentAt = new Date();
  await sendCampaign(campaign.officer, campaign.campaignId, sentAt);
  return { ...campaign, sentAt, answers: get("answers"), unsubscribes: get("unsubscribes"), bounces: get("bounces"), silent: get("silent") };
}

async function submitThroughLink(slug: string, recipientId: string) {
  await saveSurveySection(slug, throughLink(recipientId), { sectionId: "first", returnToCheck: false, form: { "q.likes": "no" } });
  const { draft } = await getRespondentDraft(slug, throughLink(recipientId));
  await submitSurveyDraft(slug, throughLink(recipientId), draft?.id ?? "");
}

/** Gives the recipient's invitation a provider id, as if sent, and reports an event for it. */
async function providerEvent(recipientId: string, type: string, extra: Record<string, unknown> = {}) {
  const providerId = `re-${randomUUID()}`;
  const [mail] = await campaignMailTo(db(), recipientId);
  await db().update(emailOutbox).set({ status: "sent", providerMessageId: providerId, sentAt: new Date() }).where(eq(emailOutbox.id, mail?.id ?? ""));
  await recordEmailEvent(randomUUID(), { type, created_at: new Date().toISOString(), data: { email_id: providerId, to: [mail?.toAddress ?? ""], ...extra } });
}

const remindersTo = async (recipientId: string) => (await campaignMailTo(db(), recipientId)).filter((row) => row.category === "campaign-reminder");

describe("campaign reminders", () => {
  it("reach only those who have not answered, unsubscribed or bounced, on the officer's days, once each", async () => {
    const campaign = await campaignOfFour();
    await submitThroughLink(campaign.survey.slug, campaign.answers.id);
    const unsubscribeHeader = (await campaignMailTo(db(), campaign.unsubscribes.id))[0]?.headers["List-Unsubscribe"] ?? "";
    await unsubscribeRecipient(/unsubscribe\/([^>]+)>/.exec(unsubscribeHeader)?.[1] ?? "", "one-click");
    await providerEvent(campaign.bounces.id, "email.bounced", { bounce: { type: "Permanent" } });

    await queueCampaignReminders({ db: db(), now: new Date(campaign.sentAt.getTime() + 6 * DAY) });
    expect(await remindersTo(campaign.silent.id)).toHaveLength(0);

    const day8 = new Date(campaign.sentAt.getTime() + 8 * DAY);
    await queueCampaignReminders({ db: db(), now: day8 });
    await queueCampaignReminders({ db: db(), now: day8 });
    expect(await remindersTo(campaign.silent.id)).toHaveLength(1);
    for (const stopped of [campaign.answers, campaign.unsubscribes, campaign.bounces]) expect(await remindersTo(stopped.id)).toHaveLength(0);
    expect(await recipientRow(db(), campaign.silent.id)).toMatchObject({ remindersSent: 1 });

    await queueCampaignReminders({ db: db(), now: new Date(campaign.sentAt.getTime() + 15 * DAY) });
    await queueCampaignReminders({ db: db(), now: new Date(campaign.sentAt.getTime() + 30 * DAY) });
    const reminders = await remindersTo(campaign.silent.id);
    expect(reminders.map((row) => row.idempotencyKey).sort()).toEqual([`campaign-reminder:${campaign.silent.id}:1`, `campaign-reminder:${campaign.silent.id}:2`]);
    expect(reminders[0]?.textBody).toContain(`/surveys/invitations/`);
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.action, "campaign.reminders_queued"), eq(auditLog.subjectId, campaign.campaignId)));
    expect(audits.map((row) => row.details)).toEqual([{ queued: 1 }, { queued: 1 }]);
  });

  it("are not sent, nor are invitations, to someone who answered or unsubscribed after they were queued", async () => {
    const campaign = await campaignOfFour();
    await submitThroughLink(campaign.survey.slug, campaign.answers.id);
    await db().insert(emailSuppressions).values({ email: campaign.unsubscribes.email, reason: "unsubscribed" });
    const sent: OutgoingEmail[] = [];
    const sender: EmailSender = { send: async (message) => (sent.push(message), { ok: true, providerMessageId: `re-${message.id}` }) };
    const ours = new Set([campaign.answers, campaign.unsubscribes, campaign.bounces, campaign.silent].map((row) => row.email));
    for (let round = 0; round < 20; round += 1) {
      const report = await dispatchDueEmails({ db: db(), sender, from: "test@example.org", limit: 200 });
      if (report.claimed === 0) break;
    }
    expect(sent.filter((message) => ours.has(message.to)).map((message) => message.to).sort()).toEqual([campaign.bounces.email, campaign.silent.email].sort());
    const [cancelled] = await campaignMailTo(db(), campaign.answers.id);
    expect(cancelled?.status).toBe("cancelled");
  });
});

describe("provider events for campaign mail", () => {
  it("note delivery and opening, and suppress bounces and complaints", async () => {
    const campaign = await campaignOfFour();
    await providerEvent(campaign.silent.id, "email.delivered");
    const delivered = await recipientRow(db(), campaign.silent.id);
    expect(delivered.deliveredAt).not.toBeNull();
    await providerEvent(campaign.silent.id, "email.opened");
    expect((await recipientRow(db(), campaign.silent.id)).openedAt).not.toBeNull();

    await providerEvent(campaign.bounces.id, "email.bounced", { bounce: { type: "Permanent" } });
    expect((await recipientRow(db(), campaign.bounces.id)).bouncedAt).not.toBeNull();
    await providerEvent(campaign.unsubscribes.id, "email.complained");
    expect((await recipientRow(db(), campaign.unsubscribes.id)).unsubscribedAt).not.toBeNull();
    const suppressed = await db().select().from(emailSuppressions).where(eq(emailSuppressions.email, campaign.bounces.email));
    expect(suppressed).toMatchObject([{ reason: "bounced" }]);
    expect(await db().select().from(emailSuppressions).where(eq(emailSuppressions.email, campaign.unsubscribes.email))).toMatchObject([{ reason: "complained" }]);
    // A soft bounce changes nothing.
    await providerEvent(campaign.answers.id, "email.bounced", { bounce: { type: "Transient" } });
    expect((await db().select().from(campaignRecipients).where(eq(campaignRecipients.id, campaign.answers.id)))[0]?.bouncedAt).toBeNull();
  });
});
