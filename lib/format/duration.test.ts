import { describe, expect, it } from "vitest";
import { durationParts } from "./duration";

describe("durationParts", () => {
  it("says minutes under an hour, hours and minutes under two days, then days and hours", () => {
    expect(durationParts(0)).toEqual({ unit: "minutes", minutes: 0 });
    expect(durationParts(59 * 60 + 29)).toEqual({ unit: "minutes", minutes: 59 });
    expect(durationParts(2 * 3600 + 5 * 60)).toEqual({ unit: "hours", hours: 2, minutes: 5 });
    expect(durationParts(47 * 3600 + 59 * 60)).toEqual({ unit: "hours", hours: 47, minutes: 59 });
    expect(durationParts(14 * 86_400)).toEqual({ unit: "days", days: 14, hours: 0 });
    expect(durationParts(3 * 86_400 + 5 * 3600 + 40 * 60)).toEqual({ unit: "days", days: 3, hours: 6 });
  });
});
