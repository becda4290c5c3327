import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, organisations, partnerContacts } from "@/lib/db/schema";
import { runScheduledJobs } from "@/lib/server/jobs/run-jobs";

vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

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

describe("/api/jobs/run (POST, and GET for Vercel Cron)", () => {
  const SECRET = "cron-secret-for-the-jobs-route-0123";
  const call = async (authorization?: string, method: "GET" | "POST" = "POST") => {
    vi.resetModules();
    const route = await import("@/app/api/jobs/run/route");
    return route[method](new Request("http://localhost/api/jobs/run", { method, headers: authorization ? { authorization } : {} }), { params: Promise.resolve({}) });
  };
  afterEach(() => vi.unstubAllEnvs());

  it("refuses a call without the cron secret and changes nothing", async () => {
    vi.stubEnv("CRON_SECRET", SECRET);
    const before = await getDb().select().from(emailOutbox);
    const response = await call("Bearer wrong-secret");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Wrong or missing bearer token." });
    expect(await getDb().select().from(emailOutbox)).toHaveLength(before.length);
  });

  it("runs the jobs for the holder of the secret and reports what it did", async () => {
    vi.stubEnv("CRON_SECRET", SECRET);
    const response = await call(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    const report = (await response.json()) as { summaries: { contacts: number; queued: number; alreadyQueued: number; skippedQuiet: number }; email: { skipped?: string } };
    // The contact added above is active: every active contact is accounted for, queued now or before.
    expect(report.summaries.contacts).toBeGreaterThanOrEqual(1);
    expect(report.summaries.queued + report.summaries.alreadyQueued + report.summaries.skippedQuiet).toBe(report.summaries.contacts);
    expect(report.email.skipped).toContain("RESEND_API_KEY");
  });

  it("answers Vercel Cron's GET the same way: refused without the secret, the jobs' report with it", async () => {
    vi.stubEnv("CRON_SECRET", SECRET);
    const before = await getDb().select().from(emailOutbox);
    const refused = await call(undefined, "GET");
    expect(refused.status).toBe(401);
    expect(await getDb().select().from(emailOutbox)).toHaveLength(before.length);
    const response = await call(`Bearer ${SECRET}`, "GET");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const report = (await response.json()) as { summaries: { contacts: number }; email: { skipped?: string }; retention: unknown };
    expect(report.summaries.contacts).toBeGreaterThanOrEqual(1);
    expect(report.email.skipped).toContain("RESEND_API_KEY");
    expect(report.retention).toBeDefined();
  });
});
