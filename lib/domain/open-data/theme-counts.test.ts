import { describe, expect, it } from "vitest";
import { suppressThemeCounts } from "./theme-counts";

const shown = (count: number) => ({ count, suppressed: null });
const small = { count: null, suppressed: "fewer_than_threshold" };
const protects = { count: null, suppressed: "protects_another" };

describe("suppressThemeCounts", () => {
  it("shows counts of 10 or more and what is in no theme when nothing needs hiding", () => {
    const result = suppressThemeCounts(42, [{ label: "Buses", count: 20 }, { label: "Parking", count: 12 }], 32);
    expect(result).toEqual({ themes: [{ label: "Buses", comments: shown(20) }, { label: "Parking", comments: shown(12) }], notInTheme: shown(10) });
  });

  it("hides another count when one small count would follow from the total (each comment in one theme)", () => {
    // 35 comments: 20 + 5 in themes, 10 in none: 5 would be 35 less the others, so 20 is hidden too.
    const result = suppressThemeCounts(35, [{ label: "Buses", count: 20 }, { label: "Trees", count: 5 }], 25);
    expect(result).toEqual({ themes: [{ label: "Buses", comments: protects }, { label: "Trees", comments: small }], notInTheme: shown(10) });
  });

  it("needs no more hiding when two small counts share what the others leave", () => {
    // 30 comments: 17 + 10 + 3 in themes, none outside one: 3 is shared by two cells of 0-9.
    const result = suppressThemeCounts(30, [{ label: "Buses", count: 17 }, { label: "Parking", count: 10 }, { label: "Trees", count: 3 }], 30);
    expect(result.themes.map((theme) => theme.comments)).toEqual([shown(17), shown(10), small]);
    expect(result.notInTheme).toEqual(small);
  });

  it("only hides small counts when comments are in several themes (the overlap is never published)", () => {
    const result = suppressThemeCounts(20, [{ label: "Buses", count: 15 }, { label: "Parking", count: 12 }, { label: "Trees", count: 4 }], 20);
    expect(result).toEqual({ themes: [{ label: "Buses", comments: shown(15) }, { label: "Parking", comments: shown(12) }, { label: "Trees", comments: small }], notInTheme: null });
  });

  it("suppresses everything when fewer than 10 comments were published", () => {
    expect(suppressThemeCounts(9, [{ label: "Buses", count: 9 }], 9)).toEqual({ themes: [{ label: "Buses", comments: small }], notInTheme: small });
    expect(suppressThemeCounts(9, [{ label: "Buses", count: 6 }, { label: "Trees", count: 6 }], 9).themes.map((theme) => theme.comments)).toEqual([small, small]);
  });

  it("publishes none as 0", () => {
    expect(suppressThemeCounts(0, [], 0)).toEqual({ themes: [], notInTheme: shown(0) });
  });

  it("publishes the total alone when nothing is themed yet", () => {
    expect(suppressThemeCounts(25, [], 0)).toEqual({ themes: [], notInTheme: shown(25) });
  });
});
