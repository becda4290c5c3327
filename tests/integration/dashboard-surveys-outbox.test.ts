import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { getOutboxHealth } from "@/lib/server/dashboard/get-outbox-health";
import { getSurveyRates } from "@/lib/server/dashboard/get-survey-rates";
import { at, insertResponse } from "../support/dashboard-fixtures";
import { submitPlanned } from "../support/survey-response-fixtures";
import { createSurvey } from "../support/survey-fixtures";

describe("survey rates", () => {
  it("lists open surveys with submitted, unfinished and the completion rate", async () => {
    const db = getDb();
    const busy = await createSurvey(db);
    const quiet = await createSurvey(db);
    const closed = await createSurvey(db, { status: "closed" });
    const draft = await createSurvey(db, { status: "draft" });
    // Submitted through the core, which keeps the running count the dashboard reads.
    const answered = { answers: { likes: "no" }, at: new Date() };
    await submitPlanned(busy, [answered, answered, answered]);
    await submitPlanned(closed, [answered]);
    await insertResponse(busy, { submittedAt: null });
    const rates = await getSurveyRates();
    const ids = rates.map((rate) => rate.id);
    expect(ids).toContain(busy.id);
    expect(ids).toContain(quiet.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(draft.id);
    expect(rates.find((rate) => rate.id === busy.id)).toMatchObject({ submitted: 3, unfinished: 1, completionRate: 0.75 });
    expect(rates.find((rate) => rate.id === quiet.id)).toMatchObject({ submitted: 0, unfinished: 0, completionRate: null });
  });
});

describe("outbox health", () => {
  const NOW = at("2005-09-20T12:00:00Z");
  const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);
  type Status = (typeof emailOutbox.$inferSelect)["status"];
  const mail = (status: Status, createdAt: Date, extra: { lastError?: string; updatedAt?: Date } = {}) => ({
    toAddress: "someone@example.net",
    subject: "Subject",
    textBody: "Text",
    htmlBody: "<p>Text</p>",
    category: "test",
    idempotencyKey: `dashboard:${randomUUID()}`,
    status,
    createdAt,
    updatedAt: extra.updatedAt ?? createdAt,
    lastError: extra.lastError ?? null,
  });

  it("counts the week's mail by status, the oldest queued and the latest error", async () => {
    await getDb()
      .insert(emailOutbox)
      .values([
        mail("queued", ago(72), { lastError: "Provider timed out", updatedAt: ago(5) }),
        mail("queued", ago(1)),
        mail("sending", ago(1)),
        mail("sent", ago(2)),
        mail("sent", ago(30)),
        mail("sent", ago(100)),
        mail("failed", ago(48), { lastError: "Address rejected", updatedAt: ago(2) }),
        mail("bounced", ago(24)),
        mail("cancelled", ago(3), { lastError: "Not sent: the contact has unsubscribed", updatedAt: ago(1) }),
        // Older than a week, and after "now": neither counted.
        mail("sent", ago(8 * 24)),
        mail("queued", new Date(NOW.getTime() + 3_600_000)),
      ]);
    const health = await getOutboxHealth(NOW);
    expect(health.byStatus).toEqual({ queued: 2, sending: 1, sent: 3, failed: 1, bounced: 1, complained: 0, cancelled: 1 });
    expect(health.total).toBe(9);
    expect(health.oldestQueuedSeconds).toBe(72 * 3600);
    expect(health.lastError).toMatchObject({ status: "failed", error: "Address rejected", at: ago(2) });
  });
});
