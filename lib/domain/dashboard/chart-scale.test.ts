import { describe, expect, it } from "vitest";
import { countScale } from "./chart-scale";

describe("countScale", () => {
  it("gives a whole-number axis even when everything is zero", () => {
    expect(countScale(0)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
  });

  it("rounds each step up to 1, 2, 2.5 or 5 times a power of ten, never a fraction", () => {
    expect(countScale(9).ticks).toEqual([0, 5, 10, 15, 20]);
    expect(countScale(3).top).toBe(4);
    expect(countScale(5).top).toBe(8);
    expect(countScale(9).top).toBe(20);
    expect(countScale(37).top).toBe(40);
    expect(countScale(41).top).toBe(80);
    expect(countScale(88).ticks).toEqual([0, 25, 50, 75, 100]);
    expect(countScale(1234).ticks).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it("always reaches the largest value", () => {
    for (const max of [1, 7, 19, 99, 101, 999, 12_345, 100_000]) expect(countScale(max).top).toBeGreaterThanOrEqual(max);
  });
});
