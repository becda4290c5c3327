import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getModerationStats } from "@/lib/server/dashboard/get-moderation-stats";
import { insertComment } from "../support/comment-fixtures";
import { at, insertDecision, insertFlag } from "../support/dashboard-fixtures";
import { createTopic, createUser } from "../support/factories";

// Figures as of June 2000: earlier than anything another test file writes (they may share a database).
const NOW = at("2000-06-15T12:00:00Z");
const HOUR = 3600;

beforeAll(async () => {
  const db = getDb();
  const topic = await createTopic(db);
  const [reporter, other] = await Promise.all([createUser(db), createUser(db)]);
  if (!reporter || !other) throw new Error("people missing");
  const comment = (status: "published" | "held" | "rejected" | "hidden", createdAt: string) => insertComment({ topicId: topic.id, authorId: null, status, createdAt: at(createdAt) });

  // Held, rejected two hours after it was written.
  const quick = await comment("rejected", "2000-06-10T10:00:00Z");
  await insertDecision(quick, "reject", "held", at("2000-06-10T12:00:00Z"));
  // Held, approved a day after.
  const slow = await comment("published", "2000-06-01T00:00:00Z");
  await insertDecision(slow, "approve", "held", at("2000-06-02T00:00:00Z"));
  // Published long ago, reported twice, hidden two hours after the first report.
  const reported = await comment("hidden", "2000-05-01T00:00:00Z");
  await insertFlag(reported, reporter.id, at("2000-06-05T08:00:00Z"));
  await insertFlag(reported, other.id, at("2000-06-05T09:00:00Z"));
  await insertDecision(reported, "hide", "published", at("2000-06-05T10:00:00Z"));
  // Reported and kept (an hour); reported again later and hidden four hours after the new report;
  // then restored (counted, not timed).
  const twice = await comment("published", "2000-06-01T00:00:00Z");
  await insertFlag(twice, reporter.id, at("2000-06-03T00:00:00Z"));
  await insertDecision(twice, "approve", "published", at("2000-06-03T01:00:00Z"));
  await insertFlag(twice, other.id, at("2000-06-12T00:00:00Z"));
  await insertDecision(twice, "hide", "published", at("2000-06-12T04:00:00Z"));
  await insertDecision(twice, "restore", "hidden", at("2000-06-13T00:00:00Z"));
  // Decided more than 30 days before: left out.
  const old = await comment("rejected", "2000-04-01T00:00:00Z");
  await insertDecision(old, "reject", "held", at("2000-05-01T00:00:00Z"));
  // Still waiting since 1 June; and one written after "now" (not yet, as of then).
  await comment("held", "2000-06-01T12:00:00Z");
  await comment("held", "2000-06-20T12:00:00Z");
});

describe("moderation figures", () => {
  it("counts the last 30 days' decisions by kind", async () => {
    const stats = await getModerationStats(NOW);
    expect(stats.decisions).toEqual({ approve: 2, reject: 1, hide: 2, restore: 1 });
    expect(stats.totalDecisions).toBe(6);
  });

  it("times each decision from when the comment was written, or first reported since the last decision", async () => {
    // Waits of 1, 2, 2, 4 and 24 hours: the median is 2 hours; the 90th percentile interpolates
    // 60% of the way from 4 to 24 hours (16 hours).
    const stats = await getModerationStats(NOW);
    expect(stats.timed).toBe(5);
    expect(stats.medianSeconds).toBe(2 * HOUR);
    expect(stats.p90Seconds).toBe(16 * HOUR);
  });

  it("says how long the oldest held comment has waited", async () => {
    expect((await getModerationStats(NOW)).oldestWaitingSeconds).toBe(14 * 24 * HOUR);
  });

  it("has no times when nothing was decided", async () => {
    const stats = await getModerationStats(at("2000-01-01T00:00:00Z"));
    expect(stats).toMatchObject({ totalDecisions: 0, timed: 0, medianSeconds: null, p90Seconds: null });
  });
});
