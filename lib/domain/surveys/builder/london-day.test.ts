import { describe, expect, it } from "vitest";
import { closingDay, endOfLondonDay, londonDay, startOfLondonDay } from "./london-day";

describe("London days", () => {
  it("starts a day at London midnight in winter and in summer", () => {
    expect(startOfLondonDay("2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfLondonDay("2026-06-01").toISOString()).toBe("2026-05-31T23:00:00.000Z");
  });

  it("ends a closing day at the next London midnight, and reads it back", () => {
    expect(endOfLondonDay("2026-06-30").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(endOfLondonDay("2026-10-24").toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(endOfLondonDay("2026-10-25").toISOString()).toBe("2026-10-26T00:00:00.000Z");
    expect(closingDay(endOfLondonDay("2026-06-30"))).toBe("2026-06-30");
    expect(londonDay(startOfLondonDay("2026-06-01"))).toBe("2026-06-01");
  });
});
