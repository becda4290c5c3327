/**
 * Emails go out in the recipient's language: the person's profile language for what is sent to them
 * (moderation, outcomes), the language given for what they asked for (sign-in, resume links), with
 * the document's lang and dir set so a right-to-left email reads right to left.
 */
import { eq } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, users } from "@/lib/db/schema";
import { signInEmail } from "@/lib/email/templates/sign-in";
import { periodLabel } from "@/lib/email/templates/period-label";
import { loadMessages } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/locales";
import { publishOutcome } from "@/lib/server/topics/change-topic-status";
import { lastCompletedPeriod } from "@/lib/domain/summaries/period";
import { importRecipients } from "@/lib/server/campaigns/import-recipients";
import { sendCampaign } from "@/lib/server/campaigns/send-campaign";
import { addresses, campaignMailTo, createTestCampaign } from "@/tests/support/campaign-fixtures";
import { decide, insertComment } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";
import { doc, follow, mailTo, paragraph, text } from "@/tests/support/topic-fixtures";

const db = () => getDb();
const email = (locale: Locale) => createTranslator({ locale, messages: loadMessages(locale), namespace: "email" });

async function personIn(locale: Locale | null) {
  const person = await createUser(db());
  await db().update(users).set({ locale }).where(eq(users.id, person.id));
  return { ...person, locale };
}

describe("emails in the recipient's language", () => {
  it("tells an author in Urdu why their comment was removed, right to left", async () => {
    const topic = await createTopic(db(), { title: `Parks ${uniqueTag()}` });
    const author = await personIn("ur");
    const id = await insertComment({ topicId: topic.id, authorId: author.id });
    await decide(await createUser(db(), { role: "officer" }), { commentIds: id, decision: "hide", reason: "off_topic" });

    const [message] = await mailTo(author.email);
    expect(message?.subject).toBe(email("ur")("moderation.hide.title", { topic: topic.title }));
    expect(message?.htmlBody).toContain('<html lang="ur" dir="rtl">');
    expect(message?.textBody).toContain(email("ur")("moderation.reasons.off_topic"));
  });

  it("emails each follower of an outcome in their own language, English when they chose none", async () => {
    const topic = await createTopic(db(), { status: "open", title: `Crossings ${uniqueTag()}` });
    const polish = await personIn("pl");
    const unchosen = await personIn(null);
    for (const person of [polish, unchosen]) await follow(topic.id, person);
    await publishOutcome(await createUser(db(), { role: "officer" }), topic.id, JSON.stringify(doc(paragraph(text("Two new crossings.")))));

    expect((await mailTo(polish.email))[0]?.subject).toBe(email("pl")("outcome.title", { topic: topic.title }));
    expect((await mailTo(unchosen.email))[0]?.subject).toBe(email("en")("outcome.title", { topic: topic.title }));
    expect(email("pl")("outcome.title", { topic: "x" })).not.toBe(email("en")("outcome.title", { topic: "x" }));
  });

  it("writes a sign-in link in Arabic, and a partner's period in Polish", () => {
    const arabic = signInEmail({ url: "https://example.test/link", minutes: 15, siteName: "Let's Talk", locale: "ar" });
    expect(arabic.subject).toBe(email("ar")("signIn.title", { siteName: "Let's Talk" }));
    expect(arabic.html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    const november = lastCompletedPeriod("monthly", new Date("2026-12-02T09:00:00Z"));
    expect(periodLabel(november, "pl")).toBe(email("pl")("summary.period.monthly", { month: "listopad 2026" }));
    expect(periodLabel(november)).toBe("November 2026");
  });

  it("invites each campaign recipient in the language their row gives, English where it gives none", async () => {
    const campaign = await createTestCampaign(db());
    const at = addresses();
    await importRecipients(campaign.officer, campaign.campaignId, "languages.csv", ["email,language", `${at("saima")},ur`, `${at("piotr")},PL`, `${at("ann")},`].join("\n"));
    await sendCampaign(campaign.officer, campaign.campaignId, new Date());
    const subjectOf = async (address: string) => {
      const [row] = await db().select({ id: campaignRecipients.id, locale: campaignRecipients.locale }).from(campaignRecipients).where(eq(campaignRecipients.email, address));
      return { locale: row?.locale ?? null, subject: (await campaignMailTo(db(), row?.id ?? ""))[0]?.subject };
    };
    const words = (locale: Locale) => createTranslator({ locale, messages: loadMessages(locale), namespace: "campaignEmails" })("invitation.subject", { survey: campaign.survey.title });
    expect(await subjectOf(at("saima"))).toEqual({ locale: "ur", subject: words("ur") });
    expect(await subjectOf(at("piotr"))).toEqual({ locale: "pl", subject: words("pl") });
    expect(await subjectOf(at("ann"))).toEqual({ locale: null, subject: words("en") });
  });
});
