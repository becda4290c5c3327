import { describe, expect, it } from "vitest";
import { meanAndMedian } from "./counts";

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
