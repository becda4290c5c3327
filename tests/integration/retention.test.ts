import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, emailOutbox, organisationInvitations, surveyCampaigns, organisationJoinRequests, rateLimits, sessions, surveyResponses, verificationTokens } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { getRetentionStatus } from "@/lib/server/retention/get-retention-status";
import { purgeExpiredData } from "@/lib/server/retention/purge-expired-data";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { createSelfRegisteredOrganisation } from "@/tests/support/organisation-fixtures";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function draft(surveyId: string, lastChanged: Date): Promise<string> {
  const [row] = await db().insert(surveyResponses).values({ surveyId, status: "draft", surveyVersion: 1, resumeTokenHash: uniqueTag("resume-"), updatedAt: lastChanged }).returning({ id: surveyResponses.id });
  return row!.id;
}

async function email(status: "sent" | "queued", lastChanged: Date): Promise<string> {
  const key = uniqueTag("retention-");
  await enqueueEmail(db(), { to: "kept@example.org", subject: "Receipt", text: "Thank you", html: "<p>Thank you</p>", category: "survey-receipt", idempotencyKey: key });
  const [row] = await db().update(emailOutbox).set({ status, updatedAt: lastChanged }).where(eq(emailOutbox.idempotencyKey, key)).returning({ id: emailOutbox.id });
  return row!.id;
}

describe("purgeExpiredData", () => {
  it("removes what has been kept long enough, keeps the rest, and records the run", async () => {
    const survey = await createSurvey(db());
    const [oldDraft, freshDraft] = [await draft(survey.id, ago(100)), await draft(survey.id, ago(10))];
    const [oldSent, freshSent, oldQueued] = [await email("sent", ago(40)), await email("sent", ago(5)), await email("queued", ago(40))];
    const [oldLimit, freshLimit] = [uniqueTag("rl-old-"), uniqueTag("rl-new-")];
    await db().insert(rateLimits).values([
      { key: oldLimit, windowStart: ago(2), count: 3 },
      { key: freshLimit, windowStart: new Date(), count: 1 },
    ]);
    const person = await createUser(db());
    const [expiredSession, liveSession] = [randomUUID(), randomUUID()];
    await db().insert(sessions).values([
      { sessionToken: expiredSession, userId: person.id, expires: ago(1) },
      { sessionToken: liveSession, userId: person.id, expires: new Date(Date.now() + DAY) },
    ]);
    const identifier = `${uniqueTag("tok-")}@example.org`;
    await db().insert(verificationTokens).values([
      { identifier, token: "expired", expires: ago(1) },
      { identifier, token: "live", expires: new Date(Date.now() + 600_000) },
    ]);

    const organisation = await createSelfRegisteredOrganisation(db());
    const invitation = (email: string, more: Partial<typeof organisationInvitations.$inferInsert>) => ({ organisationId: organisation.id, email, tokenHash: uniqueTag("hash-"), expiresAt: new Date(Date.now() + DAY), ...more });
    const invitations = await db()
      .insert(organisationInvitations)
      .values([invitation("expired@example.org", { expiresAt: ago(1) }), invitation("accepted@example.org", { acceptedAt: ago(1) }), invitation("open@example.org", {})])
      .returning({ id: organisationInvitations.id, email: organisationInvitations.email });
    const requests = await db()
      .insert(organisationJoinRequests)
      .values([
        { organisationId: organisation.id, userId: (await createUser(db())).id, status: "declined", decidedAt: ago(100) },
        { organisationId: organisation.id, userId: (await createUser(db())).id, status: "declined", decidedAt: ago(10) },
        { organisationId: organisation.id, userId: (await createUser(db())).id, status: "pending" },
      ])
      .returning({ id: organisationJoinRequests.id });

    const longClosed = await createSurvey(db(), { status: "closed", closesAt: ago(100) });
    const stillOpen = await createSurvey(db(), { closesAt: new Date(Date.now() + 10 * DAY) });
    const recipientOf = async (surveyId: string) => {
      const [campaign] = await db().insert(surveyCampaigns).values({ surveyId, name: uniqueTag("campaign-") }).returning({ id: surveyCampaigns.id });
      const [row] = await db().insert(campaignRecipients).values({ campaignId: campaign!.id, email: `${uniqueTag("to-")}@example.org`, name: "Ann", organisationName: "Ann's Cafe", sector: "I", listName: "list.csv", invitedAt: ago(120) }).returning();
      return row!;
    };
    const [oldRecipient, liveRecipient] = [await recipientOf(longClosed.id), await recipientOf(stillOpen.id)];

    const report = await purgeExpiredData({ policy: { draftDays: 90, emailBodyDays: 30, rateLimitHours: 24 } });

    const recipients = new Map((await db().select().from(campaignRecipients).where(inArray(campaignRecipients.id, [oldRecipient.id, liveRecipient.id]))).map((row) => [row.id, row]));
    // The old list loses who was on it, and keeps what the counts need.
    expect(recipients.get(oldRecipient.id)).toMatchObject({ email: `removed-${oldRecipient.id}`, name: null, organisationName: null, sector: "I" });
    expect(recipients.get(liveRecipient.id)).toMatchObject({ email: liveRecipient.email, name: "Ann" });

    const invitationIds = invitations.map((row) => row.id);
    expect((await db().select({ email: organisationInvitations.email }).from(organisationInvitations).where(inArray(organisationInvitations.id, invitationIds))).map((row) => row.email)).toEqual(["open@example.org"]);
    const left = await db().select({ id: organisationJoinRequests.id }).from(organisationJoinRequests).where(inArray(organisationJoinRequests.id, requests.map((row) => row.id)));
    expect(left.map((row) => row.id).sort()).toEqual([requests[1]?.id, requests[2]?.id].sort());

    const drafts = await db().select({ id: surveyResponses.id }).from(surveyResponses).where(inArray(surveyResponses.id, [oldDraft, freshDraft]));
    expect(drafts.map((row) => row.id)).toEqual([freshDraft]);
    const bodies = await db().select({ id: emailOutbox.id, text: emailOutbox.textBody, html: emailOutbox.htmlBody, subject: emailOutbox.subject }).from(emailOutbox).where(inArray(emailOutbox.id, [oldSent, freshSent, oldQueued]));
    const byId = new Map(bodies.map((row) => [row.id, row]));
    // The finished email keeps who, when and what about, not its text; unsent mail is never touched.
    expect(byId.get(oldSent)).toMatchObject({ text: "", html: "", subject: "Receipt" });
    expect(byId.get(freshSent)).toMatchObject({ text: "Thank you" });
    expect(byId.get(oldQueued)).toMatchObject({ text: "Thank you" });
    expect((await db().select({ key: rateLimits.key }).from(rateLimits).where(inArray(rateLimits.key, [oldLimit, freshLimit]))).map((row) => row.key)).toEqual([freshLimit]);
    expect((await db().select({ token: sessions.sessionToken }).from(sessions).where(eq(sessions.userId, person.id))).map((row) => row.token)).toEqual([liveSession]);
    expect((await db().select({ token: verificationTokens.token }).from(verificationTokens).where(eq(verificationTokens.identifier, identifier))).map((row) => row.token)).toEqual(["live"]);
    for (const count of Object.values(report)) expect(count).toBeGreaterThanOrEqual(1);

    const status = await getRetentionStatus();
    expect(status.lastRun?.removed).toEqual(report);
    expect(Date.now() - (status.lastRun?.at.getTime() ?? 0)).toBeLessThan(60_000);
    expect(status.policy).toEqual({ draftDays: 90, emailBodyDays: 30, rateLimitHours: 24 });
  });

  it("changes nothing on a second run at once", async () => {
    await purgeExpiredData();
    expect(await purgeExpiredData()).toEqual({ drafts: 0, emailBodies: 0, rateLimits: 0, sessions: 0, signInTokens: 0, invitations: 0, joinRequests: 0, campaignAddresses: 0 });
  });
});
