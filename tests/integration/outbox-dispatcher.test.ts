import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { dispatchDueEmails, MAX_ATTEMPTS, retryDelayMs } from "@/lib/server/outbox/dispatch-due-emails";
import type { EmailMessage } from "@/lib/email/message";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { createResendSender } from "@/lib/email/resend-sender";
import { accepted, fakeResendForFile, resendError, unreachableUrl } from "@/tests/support/fake-resend";
import { uniqueTag } from "@/tests/support/factories";

const FROM = "Let's Talk <hello@example.org>";
const API_KEY = "re_test_0123456789";

// The dispatcher sends whatever is due, so each case starts from an empty outbox (files sharing a
// server database run one at a time).
const fake = await fakeResendForFile({ beforeEachTest: () => getDb().delete(emailOutbox) });
const db = () => getDb();
const sender = () => createResendSender({ apiKey: API_KEY, baseUrl: fake.baseUrl });

function message(overrides: Partial<EmailMessage> = {}): EmailMessage {
  const tag = uniqueTag("mail-");
  return {
    to: `${tag}@example.test`,
    subject: `Your sign-in link ${tag}`,
    text: "Sign in: https://example.org/link",
    html: "<p>Sign in: <a href=\"https://example.org/link\">link</a></p>",
    category: "sign-in",
    idempotencyKey: `test:${tag}`,
    ...overrides,
  };
}

async function rowFor(idempotencyKey: string) {
  const rows = await db().select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, idempotencyKey));
  expect(rows).toHaveLength(1);
  const [row] = rows;
  if (!row) throw new Error("unreachable");
  return row;
}

/** Enqueues and returns a time at which the new row is certainly due (the DB clock stamps it). */
async function enqueue(email: EmailMessage): Promise<Date> {
  expect(await enqueueEmail(db(), email)).toBe(true);
  return new Date(Date.now() + 1_000);
}

describe("dispatchDueEmails with the Resend SDK", () => {
  it("sends a queued email once and records the provider's id", async () => {
    const email = message();
    const now = await enqueue(email);
    fake.respondWith(() => accepted("re-msg-001"));

    const report = await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now });

    expect(report).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0, cancelled: 0 });
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    const row = await rowFor(email.idempotencyKey);
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/emails");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers["idempotency-key"]).toBe(`outbox-${row.id}`);
    expect(request?.body).toEqual({ from: FROM, to: email.to, subject: email.subject, text: email.text, html: email.html });
    expect(row).toMatchObject({ status: "sent", attempts: 1, providerMessageId: "re-msg-001", lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("never sends the same email twice", async () => {
    const email = message();
    const now = await enqueue(email);
    await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now });
    expect(fake.requests).toHaveLength(1);

    const again = await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now: new Date(now.getTime() + 24 * 60 * 60_000) });

    expect(again).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0, cancelled: 0 });
    expect(fake.requests).toHaveLength(1);
    expect((await rowFor(email.idempotencyKey)).status).toBe("sent");
  });

  it("keeps one row per idempotency key", async () => {
    const email = message();
    expect(await enqueueEmail(db(), email)).toBe(true);
    expect(await enqueueEmail(db(), { ...email, subject: "A second copy" })).toBe(false);
    const rows = await db().select({ subject: emailOutbox.subject }).from(emailOutbox).where(eq(emailOutbox.idempotencyKey, email.idempotencyKey));
    expect(rows).toEqual([{ subject: email.subject }]);
  });

  it("retries after a server error, with backoff, then sends", async () => {
    const email = message();
    const now = await enqueue(email);
    fake.respondWith((_request, index) => (index === 0 ? resendError(500, "internal_server_error", "Something broke") : accepted("re-msg-after-retry")));

    const first = await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now });

    expect(first).toEqual({ claimed: 1, sent: 0, retrying: 1, failed: 0, cancelled: 0 });
    const queued = await rowFor(email.idempotencyKey);
    expect(queued).toMatchObject({ status: "queued", attempts: 1, providerMessageId: null, sentAt: null });
    expect(queued.lastError).toContain("500");
    expect(queued.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    const early = await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now: new Date(queued.nextAttemptAt.getTime() - 1) });
    expect(early.claimed).toBe(0);
    expect(fake.requests).toHaveLength(1);

    const second = await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now: queued.nextAttemptAt });

    expect(second).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0, cancelled: 0 });
    expect(fake.requests).toHaveLength(2);
    // Both attempts carry the same key, so Resend itself drops a duplicate.
    expect(fake.requests.map((request) => request.headers["idempotency-key"])).toEqual([`outbox-${queued.id}`, `outbox-${queued.id}`]);
    expect(await rowFor(email.idempotencyKey)).toMatchObject({ status: "sent", attempts: 2, providerMessageId: "re-msg-after-retry", lastError: null });
  });

  it.each([
    ["rate limited (429)", resendError(429, "rate_limit_exceeded", "Too many requests")],
    ["a gateway error with an HTML body (502)", { status: 502, body: "<html>Bad gateway</html>", contentType: "text/html" }],
    ["an unavailable service whose JSON error lacks a statusCode (503)", { status: 503, body: JSON.stringify({ message: "Service Unavailable" }) }],
  ])("retries when the provider is %s", async (_label, reply) => {
    const email = message();
    const now = await enqueue(email);
    fake.respondWith(() => reply);

    const report = await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now });

    expect(report).toEqual({ claimed: 1, sent: 0, retrying: 1, failed: 0, cancelled: 0 });
    expect(await rowFor(email.idempotencyKey)).toMatchObject({ status: "queued", attempts: 1 });
  });

  it("retries when the provider cannot be reached", async () => {
    const email = message();
    const now = await enqueue(email);
    const offline = createResendSender({ apiKey: API_KEY, baseUrl: await unreachableUrl() });

    const report = await dispatchDueEmails({ db: db(), sender: offline, from: FROM, now });

    expect(report).toEqual({ claimed: 1, sent: 0, retrying: 1, failed: 0, cancelled: 0 });
    expect(await rowFor(email.idempotencyKey)).toMatchObject({ status: "queued", attempts: 1 });
  });

  it("fails permanently when the provider refuses the message (422)", async () => {
    const email = message();
    const now = await enqueue(email);
    fake.respondWith(() => resendError(422, "validation_error", "Invalid `to` field."));

    const report = await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now });

    expect(report).toEqual({ claimed: 1, sent: 0, retrying: 0, failed: 1, cancelled: 0 });
    const row = await rowFor(email.idempotencyKey);
    expect(row).toMatchObject({ status: "failed", attempts: 1, sentAt: null });
    expect(row.lastError).toContain("422");

    const later = await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now: new Date(now.getTime() + 24 * 60 * 60_000) });
    expect(later.claimed).toBe(0);
    expect(fake.requests).toHaveLength(1);
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts`, async () => {
    const email = message();
    let now = await enqueue(email);
    fake.respondWith(() => resendError(500, "internal_server_error", "Still broken"));

    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      expect(await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now })).toEqual({ claimed: 1, sent: 0, retrying: 1, failed: 0, cancelled: 0 });
      now = (await rowFor(email.idempotencyKey)).nextAttemptAt;
    }
    expect(await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now })).toEqual({ claimed: 1, sent: 0, retrying: 0, failed: 1, cancelled: 0 });

    expect(await rowFor(email.idempotencyKey)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(fake.requests).toHaveLength(MAX_ATTEMPTS);
  });

  it("takes back a message left 'sending' by a crashed dispatcher after ten minutes", async () => {
    const email = message();
    const now = await enqueue(email);
    const crashedAt = new Date(now.getTime() - 10 * 60_000);
    await db().update(emailOutbox).set({ status: "sending", attempts: 1, updatedAt: crashedAt }).where(eq(emailOutbox.idempotencyKey, email.idempotencyKey));

    expect((await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now })).claimed).toBe(0);
    expect(fake.requests).toHaveLength(0);

    const report = await dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now: new Date(now.getTime() + 1) });
    expect(report).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0, cancelled: 0 });
    expect(await rowFor(email.idempotencyKey)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("sends each message once when two dispatchers run at the same time", async () => {
    const emails = Array.from({ length: 6 }, () => message());
    let now = new Date();
    for (const email of emails) now = await enqueue(email);

    const reports = await Promise.all([
      dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now }),
      dispatchDueEmails({ db: db(), sender: sender(), from: FROM, now }),
    ]);

    expect(reports.reduce((sum, report) => sum + report.claimed, 0)).toBe(emails.length);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(emails.length);
    expect(fake.requests).toHaveLength(emails.length);
    expect(fake.requests.map((request) => request.body.to).sort()).toEqual(emails.map((email) => email.to).sort());
    const rows = await db().select({ status: emailOutbox.status, attempts: emailOutbox.attempts }).from(emailOutbox);
    expect(rows).toHaveLength(emails.length);
    expect(rows.every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
  });
});
