import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/server/outbox/dispatch-due-emails";

describe("retryDelayMs", () => {
  it.each([
    [0, 30_000],
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [4, 240_000],
    [5, 480_000],
    [6, 960_000],
    [7, 1_920_000],
    [8, 3_600_000],
    [9, 3_600_000],
    [50, 3_600_000],
  ])("after %i failed attempts waits %i ms", (attempts, expected) => {
    expect(retryDelayMs(attempts)).toBe(expected);
  });

  it("never shrinks as attempts grow and never exceeds an hour", () => {
    let previous = 0;
    for (let attempts = 0; attempts <= 100; attempts += 1) {
      const delay = retryDelayMs(attempts);
      expect(delay).toBeGreaterThanOrEqual(previous);
      expect(delay).toBeLessThanOrEqual(60 * 60_000);
      previous = delay;
    }
  });

  it("gives up after eight attempts", () => {
    expect(MAX_ATTEMPTS).toBe(8);
  });
});
