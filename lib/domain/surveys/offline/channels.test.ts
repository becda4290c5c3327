import { describe, expect, it } from "vitest";
import { readReceivedDay, splitDate } from "./channels";

describe("splitDate", () => {
  it("reads ISO and British dates, with slashes, dashes or dots", () => {
    expect(splitDate("2026-03-07")).toEqual({ year: "2026", month: "03", day: "07" });
    expect(splitDate(" 7/3/2026 ")).toEqual({ day: "7", month: "3", year: "2026" });
    expect(splitDate("07.03.2026")).toEqual({ day: "07", month: "03", year: "2026" });
    expect(splitDate("March 7th")).toBeNull();
    expect(splitDate("3/7/26")).toBeNull();
  });
});

describe("readReceivedDay", () => {
  const today = "2026-11-20";
  it("is today when blank, a real day otherwise, never after today", () => {
    expect(readReceivedDay("", today)).toEqual({ ok: true, day: null });
    expect(readReceivedDay("19/11/2026", today)).toEqual({ ok: true, day: "2026-11-19" });
    expect(readReceivedDay("2026-11-20", today)).toEqual({ ok: true, day: "2026-11-20" });
    expect(readReceivedDay("31/02/2026", today)).toMatchObject({ ok: false, error: { key: "validation.surveyEntry.receivedDate" } });
    expect(readReceivedDay("21/11/2026", today)).toMatchObject({ ok: false, error: { key: "validation.surveyEntry.receivedFuture" } });
  });
});
