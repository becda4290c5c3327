import { describe, expect, it } from "vitest";
import { isTallied, resultsSlices, sliceDimensions, sliceOf } from "./tally-slice";

describe("tally slices", () => {
  it("name the filters' dimensions in the tallies' order (neighbourhood, sector, size), grouped by `by`", () => {
    expect(sliceOf({ size: "micro", sector: "C" })).toEqual({ fixed: [["sector", "C"], ["size", "micro"]], grouped: null });
    expect(sliceDimensions({ fixed: [["size", "micro"]], grouped: "neighbourhood" })).toEqual(["neighbourhood", "size"]);
    expect(sliceDimensions({ fixed: [["sector", "C"]], grouped: "sector" })).toEqual(["sector"]);
  });

  it("are tallied up to two dimensions: no filter, one, two, or one compared by another", () => {
    expect(isTallied(sliceOf({}))).toBe(true);
    expect(isTallied(sliceOf({ sector: "C" }, "size"))).toBe(true);
    expect(isTallied(sliceOf({ sector: "C", size: "micro" }, "sector"))).toBe(true);
    expect(isTallied(sliceOf({ sector: "C", size: "micro" }, "neighbourhood"))).toBe(false);
    expect(isTallied(sliceOf({ sector: "C", size: "micro", neighbourhood: "n" }))).toBe(false);
  });

  it("read one slice for totals and comparison when the comparison is by a dimension the filters fix", () => {
    const same = resultsSlices({ sector: "C" }, "sector");
    expect(same.grouped).toBe(same.totals);
    expect(same.totals).toEqual({ fixed: [["sector", "C"]], grouped: "sector" });
    const other = resultsSlices({ sector: "C" }, "size");
    expect(other).toEqual({ totals: { fixed: [["sector", "C"]], grouped: null }, grouped: { fixed: [["sector", "C"]], grouped: "size" } });
    expect(resultsSlices({}, null)).toEqual({ totals: { fixed: [], grouped: null }, grouped: null });
  });
});
