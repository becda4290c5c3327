import { describe, expect, it } from "vitest";
import { meanAndMedian, subtractCounts } from "./counts";

describe("meanAndMedian", () => {
  it("works from (value, how many) pairs", () => {
    expect(meanAndMedian([[1, 1], [2, 1], [5, 1]])).toEqual({ mean: 8 / 3, median: 2 });
    expect(meanAndMedian([[1, 2], [3, 2]])).toEqual({ mean: 2, median: 2 });
    expect(meanAndMedian([[1, 1], [4, 3]])).toEqual({ mean: 3.25, median: 4 });
  });

  it("is null for nothing", () => {
    expect(meanAndMedian([])).toEqual({ mean: null, median: null });
  });
});

describe("subtractCounts", () => {
  it("takes a part's counts away cell by cell, dropping what is left with nothing", () => {
    const all = [
      { dim: "C", questionKey: "*", choice: "*", count: 5 },
      { dim: "C", questionKey: "likes", choice: "yes", count: 2 },
      { dim: "F", questionKey: "likes", choice: "yes", count: 1 },
    ];
    const part = [
      { dim: "C", questionKey: "*", choice: "*", count: 1 },
      { dim: "F", questionKey: "likes", choice: "yes", count: 1 },
    ];
    expect(subtractCounts(all, part)).toEqual([
      { dim: "C", questionKey: "*", choice: "*", count: 4 },
      { dim: "C", questionKey: "likes", choice: "yes", count: 2 },
    ]);
  });
});
