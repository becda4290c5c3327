import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { previewSummary } from "@/lib/server/summaries/preview-summary";
import { sendOneOffSummary } from "@/lib/server/summaries/send-one-off-summary";
import { parsePeriodKey, type Period } from "@/lib/domain/summaries/period";
import { createUser } from "@/tests/support/factories";
import { EARLY_DECEMBER, HELPFUL, seedActivity } from "@/tests/support/summary-activity";
import { createContact, createOrganisation, oneOffRows, outboxFor } from "@/tests/support/summary-fixtures";

let seeded: Awaited<ReturnType<typeof seedActivity>>;
let officerId: string;
let active: Awaited<ReturnType<typeof createContact>>;
let unsubscribed: Awaited<ReturnType<typeof createContact>>;
let bounced: Awaited<ReturnType<typeof createContact>>;

beforeAll(async () => {
  seeded = await seedActivity();
  officerId = (await createUser(getDb(), { role: "officer" })).id;
  const organisation = await createOrganisation();
  active = await createContact({ organisationId: organisation.id, name: "Active Ayo", themeIds: [seeded.quietTheme.id] });
  unsubscribed = await createContact({ organisationId: organisation.id, themeIds: [seeded.theme.id], status: "unsubscribed" });
  bounced = await createContact({ organisationId: organisation.id, themeIds: [seeded.theme.id], status: "bounced" });
});

const audits = (subjectId: string) => getDb().select({ details: auditLog.details, actorId: auditLog.actorId }).from(auditLog).where(and(eq(auditLog.action, "summary.one_off_sent"), eq(auditLog.subjectId, subjectId)));

describe("sendOneOffSummary", () => {
  it("sends a topic's summary to the active contacts chosen, skips the others, and records it", async () => {
    const sendId = randomUUID();
    const result = await sendOneOffSummary({ actorId: officerId, subject: { kind: "topic", id: seeded.hub.id }, contactIds: [active.id, unsubscribed.id, bounced.id], sendId, now: EARLY_DECEMBER });
    expect(result).toEqual({ queued: 1, skipped: 2, alreadyQueued: 0 });
    expect((await oneOffRows(sendId)).map((row) => row.contactId)).toEqual([active.id]);
    const [email] = await outboxFor(active.id);
    expect(email?.subject).toBe('A summary of "A skills hub" from Let\'s Talk Coventry');
    expect(email?.text).toContain("6 published comments so far");
    expect(email?.text).toContain("Comments close on 8 December 2026.");
    expect(email?.text).toContain(HELPFUL.slice(0, 40));
    expect(`${email?.html}${email?.text}`).not.toMatch(/Secretname|HELD|HIDDEN|FLAGGED/);
    expect(email?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const [entry, ...more] = await audits(seeded.hub.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorId: officerId, details: { sendId, queued: 1, skipped: 2 } });
  });

  it("a double-submitted form sends nothing more", async () => {
    const sendId = randomUUID();
    const input = { actorId: officerId, subject: { kind: "survey" as const, id: seeded.survey.id }, contactIds: [active.id], sendId };
    const [first, second] = [await sendOneOffSummary(input), await sendOneOffSummary(input)];
    expect(first).toEqual({ queued: 1, skipped: 0, alreadyQueued: 0 });
    expect(second).toEqual({ queued: 0, skipped: 0, alreadyQueued: 1 });
    expect(await oneOffRows(sendId)).toHaveLength(1);
    expect(await audits(seeded.survey.id)).toHaveLength(1);
  });

  it("a survey's summary carries its headline", async () => {
    const rows = await outboxFor(active.id);
    const survey = rows.find((row) => row.subject.includes("Employer skills survey"));
    expect(survey?.text).toContain('80% of 10 who answered said "Yes"');
    expect(survey?.text).toContain("Responses so far: 10.");
  });

  it("refuses drafts, unknown subjects and contacts that do not exist, sending nothing", async () => {
    const sendId = randomUUID();
    await expect(sendOneOffSummary({ actorId: officerId, subject: { kind: "topic", id: seeded.draft.id }, contactIds: [active.id], sendId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(sendOneOffSummary({ actorId: officerId, subject: { kind: "survey", id: randomUUID() }, contactIds: [active.id], sendId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(sendOneOffSummary({ actorId: officerId, subject: { kind: "topic", id: seeded.hub.id }, contactIds: [active.id, randomUUID()], sendId })).rejects.toBeInstanceOf(ValidationError);
    expect(await oneOffRows(sendId)).toEqual([]);
  });
});

describe("previewSummary", () => {
  it("shows any contact's summary for any period, even an unsubscribed contact's", async () => {
    const preview = await previewSummary(unsubscribed.id, parsePeriodKey("2026-10") as Period);
    expect(preview.subject).toBe(`Let's Talk summary: October 2026 - ${seeded.theme.name}`);
    expect(preview.wouldSend).toBe(true);
    expect(preview.html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
    expect(await outboxFor(unsubscribed.id)).toEqual([]);
  });

  it("defaults to the contact's last completed period, and marks a quiet one that would not be sent", async () => {
    const preview = await previewSummary(active.id, undefined, EARLY_DECEMBER);
    expect(preview.period).toEqual({ key: "2026-11", label: "November 2026" });
    expect(preview.wouldSend).toBe(false);
    expect(preview.text).toContain("Nothing new was posted on your themes in November 2026.");
  });

  it("is NotFound for a contact that does not exist", async () => {
    await expect(previewSummary(randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});
