import { describe, expect, it } from "vitest";
import { lastCompletedPeriod, parsePeriodKey, periodContaining, previousPeriod, recentPeriods } from "./period";
import { periodLabel } from "@/lib/email/templates/period-label";

describe("weekly periods", () => {
  it("run Monday to Monday in London time, keyed by ISO week", () => {
    // Wednesday 25 November 2026, 10:00 UTC (GMT): the last completed week began on Monday 16 November.
    const period = lastCompletedPeriod("weekly", new Date("2026-11-25T10:00:00Z"));
    expect(period.key).toBe("2026-W47");
    expect(period.start.toISOString()).toBe("2026-11-16T00:00:00.000Z");
    expect(period.end.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(periodLabel(period)).toBe("week of 16 November 2026");
  });

  it("start at London midnight in summer time, an hour before UTC midnight", () => {
    const period = periodContaining("weekly", new Date("2026-07-01T12:00:00Z"));
    expect(period.start.toISOString()).toBe("2026-06-28T23:00:00.000Z");
    expect(period.startDate).toBe("2026-06-29");
  });

  it("count a Sunday 23:30 UTC in summer as the next London day (Monday)", () => {
    // Sunday 28 June 2026 23:30 UTC is Monday 00:30 in London.
    expect(periodContaining("weekly", new Date("2026-06-28T23:30:00Z")).startDate).toBe("2026-06-29");
  });

  it("run across the clocks going back, lasting 169 hours", () => {
    const period = periodContaining("weekly", new Date("2026-10-22T12:00:00Z"));
    expect(period.end.getTime() - period.start.getTime()).toBe(169 * 3_600_000);
  });

  it("use the ISO week-numbering year at the turn of the year", () => {
    expect(periodContaining("weekly", new Date("2027-01-01T12:00:00Z")).key).toBe("2026-W53");
    expect(periodContaining("weekly", new Date("2025-12-30T12:00:00Z")).key).toBe("2026-W01");
  });
});

describe("monthly periods", () => {
  it("are London calendar months", () => {
    const period = lastCompletedPeriod("monthly", new Date("2026-12-01T00:30:00Z"));
    expect(period.key).toBe("2026-11");
    expect(period.start.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(period.end.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(periodLabel(period)).toBe("November 2026");
  });

  it("a month in summer time starts at 23:00 UTC the day before", () => {
    expect(periodContaining("monthly", new Date("2026-07-15T12:00:00Z")).start.toISOString()).toBe("2026-06-30T23:00:00.000Z");
  });

  it("the previous period of January is December of the year before", () => {
    expect(previousPeriod(periodContaining("monthly", new Date("2027-01-10T12:00:00Z"))).key).toBe("2026-12");
  });
});

describe("period keys", () => {
  it("round-trip", () => {
    for (const period of [...recentPeriods("weekly", new Date("2027-02-01T12:00:00Z"), 60), ...recentPeriods("monthly", new Date("2027-02-01T12:00:00Z"), 14)]) {
      expect(parsePeriodKey(period.key)).toEqual(period);
    }
  });

  it("refuse weeks and months that do not exist", () => {
    for (const key of ["2026-W54", "2025-W53", "2026-W00", "2026-13", "2026-00", "2026-1", "November", ""]) expect(parsePeriodKey(key)).toBeNull();
  });

  it("the recent periods are consecutive, newest first", () => {
    const periods = recentPeriods("weekly", new Date("2026-11-25T10:00:00Z"), 12);
    expect(periods).toHaveLength(12);
    expect(periods[0]?.key).toBe("2026-W47");
    expect(periods[11]?.key).toBe("2026-W36");
    for (let index = 1; index < periods.length; index += 1) expect(periods[index]?.end).toEqual(periods[index - 1]?.start);
  });
});
