import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, partnerContacts } from "@/lib/db/schema";
import { dispatchDueEmails, type DispatchReport } from "@/lib/server/outbox/dispatch-due-emails";
import type { EmailSender } from "@/lib/email/message";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { createResendSender } from "@/lib/email/resend-sender";
import { contactToken, unsubscribeHeaders } from "@/lib/server/partners/shared/contact-link";
import { unsubscribeContact } from "@/lib/server/partner-preferences/unsubscribe-contact";
import { accepted, fakeResendForFile, resendError, unreachableUrl } from "@/tests/support/fake-resend";
import { createPartnerContact, outboxRowsFor, type TestContact } from "@/tests/support/partner-contact-fixtures";

const FROM = "Let's Talk <hello@example.org>";
const API_KEY = "re_test_outage";
const CONTACTS = 5;
const db = () => getDb();
// The dispatcher sends whatever is due: start from an empty outbox, so the reports count only this
// file's mail (files sharing a server database run one at a time).
const fake = await fakeResendForFile({ beforeEachTest: () => db().delete(emailOutbox) });

async function enqueueSummaries(contacts: TestContact[], period: string) {
  for (const contact of contacts) {
    const queued = await enqueueEmail(db(), {
      to: contact.email,
      subject: `Your ${period} summary`,
      text: "What people said this month.",
      html: "<p>What people said this month.</p>",
      category: "summary",
      idempotencyKey: `summary:${contact.id}:${period}`,
      headers: unsubscribeHeaders(contact.id),
      contactId: contact.id,
    });
    expect(queued).toBe(true);
  }
}

/** The time at which every queued row is due: the backoff has passed. */
async function afterBackoff(ids: string[], fallback: Date): Promise<Date> {
  const rows = await db().select({ next: emailOutbox.nextAttemptAt }).from(emailOutbox).where(inArray(emailOutbox.contactId, ids));
  return new Date(Math.max(fallback.getTime(), ...rows.map((row) => row.next.getTime())) + 1_000);
}

const deliveriesTo = (address: string) => fake.delivered().filter((request) => request.body.to === address);

describe("partner summaries while the provider is down", () => {
  it("waits through refused connections and 503s, then delivers exactly one email per contact with its unsubscribe headers", async () => {
    const contacts = await Promise.all(Array.from({ length: CONTACTS }, () => createPartnerContact(db())));
    const ids = contacts.map((contact) => contact.id);
    await enqueueSummaries(contacts, "2026-10");
    const down = createResendSender({ apiKey: API_KEY, baseUrl: await unreachableUrl() });
    const flaky = createResendSender({ apiKey: API_KEY, baseUrl: fake.baseUrl });
    // The provider answers 503 to its first 8 requests (spanning two rounds), then recovers.
    fake.respondWith((_request, index) => (index < 8 ? resendError(503, "service_unavailable", "Down for maintenance") : accepted(`re-${index}`)));

    // Round 1: nothing listens; rounds 2 and 3: 503s, then acceptances; a few more rounds change nothing.
    const senders: EmailSender[] = [down, flaky, flaky, flaky, flaky, flaky];
    const reports: DispatchReport[] = [];
    let now = new Date(Date.now() + 1_000);
    for (const sender of senders) {
      reports.push(await dispatchDueEmails({ db: db(), sender, from: FROM, now }));
      now = await afterBackoff(ids, now);
    }

    expect(reports[0]).toEqual({ claimed: CONTACTS, sent: 0, retrying: CONTACTS, failed: 0, cancelled: 0 });
    expect(reports[1]).toEqual({ claimed: CONTACTS, sent: 0, retrying: CONTACTS, failed: 0, cancelled: 0 });
    expect(reports[2]).toEqual({ claimed: CONTACTS, sent: 2, retrying: 3, failed: 0, cancelled: 0 });
    expect(reports.reduce((total, report) => total + report.sent, 0)).toBe(CONTACTS);
    expect(reports.at(-1)?.claimed).toBe(0);

    const rows = await db().select().from(emailOutbox).where(inArray(emailOutbox.contactId, ids));
    expect(rows).toHaveLength(CONTACTS);
    for (const contact of contacts) {
      const row = rows.find((candidate) => candidate.contactId === contact.id);
      expect(row?.status).toBe("sent");
      expect(row?.attempts).toBeGreaterThan(1);
      const delivered = deliveriesTo(contact.email);
      expect(delivered).toHaveLength(1);
      // Every attempt for the contact carried the same idempotency key, so the provider could never send two.
      const keys = new Set(fake.requests.filter((request) => request.body.to === contact.email).map((request) => request.headers["idempotency-key"]));
      expect([...keys]).toEqual([`outbox-${row?.id}`]);
      expect(delivered[0]?.body.headers).toEqual({
        "List-Unsubscribe": `<http://localhost:3000/api/partners/unsubscribe/${contactToken(contact.id)}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      });
    }
    expect(new Set(fake.delivered().map((request) => request.headers["idempotency-key"])).size).toBe(CONTACTS);
    expect(fake.delivered()).toHaveLength(CONTACTS);
  });

  it("cancels, never sends, the queued mail of a contact who unsubscribed during the outage", async () => {
    const [stays, leaves, leavesQuietly] = await Promise.all([createPartnerContact(db()), createPartnerContact(db()), createPartnerContact(db())]);
    if (!stays || !leaves || !leavesQuietly) throw new Error("unreachable");
    await enqueueSummaries([stays, leaves, leavesQuietly], "2026-11");
    const sender = createResendSender({ apiKey: API_KEY, baseUrl: fake.baseUrl });
    fake.respondWith(() => resendError(503, "service_unavailable", "Down"));
    let now = new Date(Date.now() + 1_000);
    await dispatchDueEmails({ db: db(), sender, from: FROM, now });

    // One unsubscribes through their link (their queued row is cancelled there and then); the other's
    // status is changed behind the dispatcher's back, so the dispatcher itself must refuse to send.
    expect(await unsubscribeContact(contactToken(leaves.id), "link")).toEqual({ changed: true });
    expect((await outboxRowsFor(db(), leaves.id))[0]?.status).toBe("cancelled");
    await db().update(partnerContacts).set({ status: "unsubscribed" }).where(eq(partnerContacts.id, leavesQuietly.id));
    fake.respondWith((_request, index) => accepted(`re-${index}`));
    now = await afterBackoff([stays.id, leaves.id, leavesQuietly.id], now);
    const report = await dispatchDueEmails({ db: db(), sender, from: FROM, now });

    expect(report).toMatchObject({ sent: 1, cancelled: 1 });
    expect((await outboxRowsFor(db(), stays.id))[0]?.status).toBe("sent");
    expect((await outboxRowsFor(db(), leavesQuietly.id))[0]?.status).toBe("cancelled");
    expect(deliveriesTo(stays.email)).toHaveLength(1);
    expect(deliveriesTo(leaves.email)).toHaveLength(0);
    expect(deliveriesTo(leavesQuietly.email)).toHaveLength(0);
  });
});
