import { describe, expect, it } from "vitest";
import { formatWhen } from "./dates";

describe("formatWhen", () => {
  const now = new Date("2026-12-03T16:00:00Z");

  it("gives the time alone for a moment earlier the same day in Coventry", () => {
    expect(formatWhen(new Date("2026-12-03T10:42:00Z"), now)).toBe("10:42");
  });

  it("gives the day and time for an earlier day, London time in summer", () => {
    expect(formatWhen(new Date("2026-12-02T23:30:00Z"), now)).toBe("2 Dec 2026, 23:30");
    expect(formatWhen(new Date("2026-07-01T09:05:00Z"), now)).toBe("1 Jul 2026, 10:05");
  });
});
