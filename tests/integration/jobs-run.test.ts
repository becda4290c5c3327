import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, organisations, partnerContacts } from "@/lib/db/schema";
import { runScheduledJobs } from "@/lib/server/jobs/run-jobs";

// Without RESEND_API_KEY (as in tests) mail is queued for the console outbox and not dispatched.
describe("runScheduledJobs", () => {
  it("queues each due summary once however often it runs, and says mail waits without a provider", async () => {
    const db = getDb();
    const [org] = await db.insert(organisations).values({ slug: "jobs-run-org", name: "Jobs Run Org", type: "voluntary" }).returning();
    const [contact] = await db
      .insert(partnerContacts)
      .values({ organisationId: org!.id, name: "Quiet Reader", email: "jobs-run@example.org", frequency: "weekly", sendWhenQuiet: true })
      .returning();
    const now = new Date("2026-11-24T09:00:00Z");

    const first = await runScheduledJobs({ db, now });
    const second = await runScheduledJobs({ db, now });

    expect(first.summaries.queued).toBeGreaterThanOrEqual(1);
    expect(second.summaries.queued).toBe(0);
    expect(first.email).toEqual({ skipped: expect.stringContaining("RESEND_API_KEY") });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.contactId, contact!.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ category: "summary", status: "queued", toAddress: "jobs-run@example.org" });
    expect(rows[0]!.idempotencyKey).toBe(`summary:${contact!.id}:2026-W47`);
    expect(rows[0]!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });
});
