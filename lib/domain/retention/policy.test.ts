import { describe, expect, it } from "vitest";
import { retentionCutoffs } from "./policy";

describe("retentionCutoffs", () => {
  it("counts each period back from the run", () => {
    const now = new Date("2026-12-03T12:00:00.000Z");
    expect(retentionCutoffs({ draftDays: 90, emailBodyDays: 30, rateLimitHours: 24 }, now)).toEqual({
      draftsBefore: new Date("2026-09-04T12:00:00.000Z"),
      emailBodiesBefore: new Date("2026-11-03T12:00:00.000Z"),
      rateLimitsBefore: new Date("2026-12-02T12:00:00.000Z"),
      expiredBefore: now,
    });
  });
});
