import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { errorResponse } from "@/lib/auth/error-response";
import { readWebhookDelivery } from "@/lib/auth/webhook-delivery";
import { getDb } from "@/lib/db/client";
import { auditLog, emailEvents, emailOutbox, partnerContacts } from "@/lib/db/schema";
import { dispatchDueEmails } from "@/lib/server/outbox/dispatch-due-emails";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { createResendSender } from "@/lib/email/resend-sender";
import { receiveResendWebhook } from "@/lib/server/email-events/receive-resend-webhook";
import { uniqueTag } from "@/tests/support/factories";
import { accepted, fakeResendForFile } from "@/tests/support/fake-resend";
import { contactRow, createPartnerContact, outboxRowsFor, type TestContact } from "@/tests/support/partner-contact-fixtures";
import { svixHeaders, testWebhookSecret } from "@/tests/support/svix-signature";

const SECRET = testWebhookSecret();
const db = () => getDb();
const fake = await fakeResendForFile();

vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

/** The delivery as the route reads it from Resend's request. */
const delivery = (body: string, headers: Record<string, string>) => readWebhookDelivery(new Request("http://localhost/api/email/webhooks/resend", { method: "POST", headers, body }));

/** As app/api/email/webhooks/resend answers: the outcome as JSON, or the error's status and message from the one table. */
async function answer(outcome: Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await outcome);
  } catch (error) {
    return errorResponse(error, "Email webhook test");
  }
}
const post = (body: string, headers: Record<string, string>) => answer(delivery(body, headers).then((read) => receiveResendWebhook(read, SECRET)));

function bounceEvent(emailId: string, to: string, bounceType = "Permanent") {
  return {
    type: "email.bounced",
    created_at: new Date().toISOString(),
    data: { email_id: emailId, created_at: new Date().toISOString(), from: "hello@example.org", to: [to], subject: "Summary", bounce: { message: "No such mailbox", subType: "General", type: bounceType } },
  };
}

/** A summary email already sent to the contact (provider id known), and a second one still queued. */
async function sentAndQueued(contact: TestContact) {
  const providerId = uniqueTag("re-");
  for (const n of [1, 2]) {
    expect(await enqueueEmail(db(), { to: contact.email, subject: `Summary ${n}`, text: "t", html: "<p>t</p>", category: "summary", idempotencyKey: `${contact.id}:${n}`, contactId: contact.id })).toBe(true);
  }
  await db()
    .update(emailOutbox)
    .set({ status: "sent", providerMessageId: providerId, sentAt: new Date() })
    .where(and(eq(emailOutbox.contactId, contact.id), eq(emailOutbox.subject, "Summary 1")));
  return providerId;
}

async function statusesFor(contactId: string) {
  return Object.fromEntries((await outboxRowsFor(db(), contactId)).map((row) => [row.subject, row.status]));
}

async function eventsWithId(id: string) {
  return db().select().from(emailEvents).where(eq(emailEvents.id, id));
}

async function expectNothingChanged(contact: TestContact, deliveryId: string) {
  expect((await contactRow(db(), contact.id)).status).toBe("active");
  expect(await statusesFor(contact.id)).toEqual({ "Summary 1": "sent", "Summary 2": "queued" });
  expect(await eventsWithId(deliveryId)).toHaveLength(0);
}

describe("POST /api/email/webhooks/resend", () => {
  it("records a hard bounce: marks the email, suppresses the contact, cancels their queued mail, audits", async () => {
    const contact = await createPartnerContact(db(), { email: `${uniqueTag("Bounce-")}@Example.test`.toLowerCase() });
    const providerId = await sentAndQueued(contact);
    const body = JSON.stringify(bounceEvent(providerId, contact.email.toUpperCase()));
    const headers = svixHeaders(SECRET, body);

    const response = await post(body, headers);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, suppressed: "bounced" });
    const row = await contactRow(db(), contact.id);
    expect(row.status).toBe("bounced");
    expect(row.statusChangedAt).toBeInstanceOf(Date);
    expect(await statusesFor(contact.id)).toEqual({ "Summary 1": "bounced", "Summary 2": "cancelled" });
    const [event] = await eventsWithId(headers["svix-id"] ?? "");
    expect(event).toMatchObject({ type: "email.bounced", providerMessageId: providerId });
    const audits = await db().select().from(auditLog).where(eq(auditLog.subjectId, headers["svix-id"] ?? ""));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, action: "email.bounced", subjectType: "email_event" });
    expect(audits[0]?.details).toMatchObject({ contactIds: [contact.id], cancelled: 1 });
  });

  it("suppresses on a complaint", async () => {
    const contact = await createPartnerContact(db());
    const providerId = await sentAndQueued(contact);
    const body = JSON.stringify({ type: "email.complained", created_at: new Date().toISOString(), data: { email_id: providerId, to: [contact.email], from: "a@b.c", subject: "s", created_at: "" } });

    const response = await post(body, svixHeaders(SECRET, body));

    expect(response.status).toBe(200);
    expect((await contactRow(db(), contact.id)).status).toBe("complained");
    expect(await statusesFor(contact.id)).toEqual({ "Summary 1": "complained", "Summary 2": "cancelled" });
  });

  it("records a soft (transient) bounce without suppressing anyone", async () => {
    const contact = await createPartnerContact(db());
    const providerId = await sentAndQueued(contact);
    const body = JSON.stringify(bounceEvent(providerId, contact.email, "Transient"));
    const headers = svixHeaders(SECRET, body);

    const response = await post(body, headers);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, suppressed: null });
    expect(await eventsWithId(headers["svix-id"] ?? "")).toHaveLength(1);
    expect((await contactRow(db(), contact.id)).status).toBe("active");
    expect(await statusesFor(contact.id)).toEqual({ "Summary 1": "sent", "Summary 2": "queued" });
  });

  it("records and acknowledges other event types", async () => {
    const body = JSON.stringify({ type: "email.delivered", created_at: new Date().toISOString(), data: { email_id: uniqueTag("re-"), to: ["x@example.test"] } });
    const headers = svixHeaders(SECRET, body);
    const response = await post(body, headers);
    expect(response.status).toBe(200);
    expect((await eventsWithId(headers["svix-id"] ?? ""))[0]?.type).toBe("email.delivered");
  });

  it("changes nothing on a redelivery of the same event", async () => {
    const contact = await createPartnerContact(db());
    const providerId = await sentAndQueued(contact);
    const body = JSON.stringify(bounceEvent(providerId, contact.email));
    const headers = svixHeaders(SECRET, body);
    expect((await post(body, headers)).status).toBe(200);
    // An officer checks the address and turns the contact back on; then Resend redelivers the event.
    await db().update(partnerContacts).set({ status: "active" }).where(eq(partnerContacts.id, contact.id));

    const again = await post(body, headers);

    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect((await contactRow(db(), contact.id)).status).toBe("active");
    expect(await eventsWithId(headers["svix-id"] ?? "")).toHaveLength(1);
    expect(await db().select().from(auditLog).where(eq(auditLog.subjectId, headers["svix-id"] ?? ""))).toHaveLength(1);
  });

  it("refuses a bad signature, a tampered body and an old timestamp, changing nothing", async () => {
    const contact = await createPartnerContact(db());
    const providerId = await sentAndQueued(contact);
    const body = JSON.stringify(bounceEvent(providerId, contact.email));

    const wrongSecret = svixHeaders(testWebhookSecret(), body);
    const bad = await post(body, wrongSecret);
    expect(bad.status).toBe(401);
    expect((await bad.json()).error).toMatch(/signature does not match/);
    await expectNothingChanged(contact, wrongSecret["svix-id"] ?? "");

    const signed = svixHeaders(SECRET, body);
    const tampered = await post(body.replace("Permanent", "permanent"), signed);
    expect(tampered.status).toBe(401);
    await expectNothingChanged(contact, signed["svix-id"] ?? "");

    const old = svixHeaders(SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    const stale = await post(body, old);
    expect(stale.status).toBe(401);
    expect((await stale.json()).error).toMatch(/timestamp/);
    await expectNothingChanged(contact, old["svix-id"] ?? "");
  });

  it("refuses missing headers and bodies that are not events, and is off without a secret", async () => {
    const body = JSON.stringify({ type: "email.bounced" });
    const missing = await post(body, { "content-type": "application/json" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatch(/svix-id/);

    const notJson = "not json {";
    const garbled = await post(notJson, svixHeaders(SECRET, notJson));
    expect(garbled.status).toBe(400);
    expect((await garbled.json()).error).toMatch(/not JSON/);

    const shapeless = JSON.stringify({ data: 1 });
    const wrongShape = svixHeaders(SECRET, shapeless);
    const notEvent = await post(shapeless, wrongShape);
    expect(notEvent.status).toBe(400);
    expect(await eventsWithId(wrongShape["svix-id"] ?? "")).toHaveLength(0);

    const off = await answer(delivery(body, svixHeaders(SECRET, body)).then((read) => receiveResendWebhook(read, undefined)));
    expect(off.status).toBe(404);
    expect((await off.json()).error).toMatch(/RESEND_WEBHOOK_SECRET/);
  });

  it("never sends a suppressed contact's mail: queued rows are cancelled, and the dispatcher cancels any queued later", async () => {
    // The dispatcher sends whatever is due, 50 at a time: on a database shared with other files, their
    // mail would come first. Start from an empty outbox so this file's rows are the ones sent.
    await db().delete(emailOutbox);
    const contact = await createPartnerContact(db());
    const sender = createResendSender({ apiKey: "re_test_webhook", baseUrl: fake.baseUrl });
    fake.respondWith((_request, index) => accepted(`${contact.id}-${index}`));
    const send = (n: number) =>
      enqueueEmail(db(), { to: contact.email, subject: `Summary ${n}`, text: "t", html: "<p>t</p>", category: "summary", idempotencyKey: `${contact.id}:${n}`, contactId: contact.id });
    await send(1);
    await dispatchDueEmails({ db: db(), sender, from: "hello@example.org", now: new Date(Date.now() + 1_000) });
    const [first] = await outboxRowsFor(db(), contact.id);
    expect(first?.status).toBe("sent");
    await send(2);

    const body = JSON.stringify(bounceEvent(first?.providerMessageId ?? "", contact.email));
    expect((await post(body, svixHeaders(SECRET, body))).status).toBe(200);
    // A schedule that ran without checking the status still queues a third.
    await send(3);
    const report = await dispatchDueEmails({ db: db(), sender, from: "hello@example.org", now: new Date(Date.now() + 60_000) });

    expect(report.cancelled).toBeGreaterThanOrEqual(1);
    expect(await statusesFor(contact.id)).toEqual({ "Summary 1": "bounced", "Summary 2": "cancelled", "Summary 3": "cancelled" });
    expect(fake.requests.filter((request) => request.body.to === contact.email || (Array.isArray(request.body.to) && request.body.to.includes(contact.email)))).toHaveLength(1);
  });
});
