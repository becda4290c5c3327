import { describe, expect, it } from "vitest";
import { linkCountsFor } from "./link-counts";

const rows = [
  { id: "own", started: 40, submitted: 30 },
  { id: "partner-a", started: 12, submitted: 9 },
  { id: "partner-b", started: 3, submitted: 2 },
  { id: "none", started: 7, submitted: 6 },
];

describe("linkCountsFor", () => {
  it("gives officers the exact counts", () => {
    expect(linkCountsFor(rows, true)).toEqual(rows);
  });

  it("hides small counts from anyone else, and enough others that they cannot be worked out", () => {
    const shown = linkCountsFor(rows, false);
    expect(shown.find((row) => row.id === "partner-b")).toEqual({ id: "partner-b", started: null, submitted: null });
    // With only partner-b hidden, the total less the others would give it away: the next smallest goes too.
    expect(shown.find((row) => row.id === "none")).toEqual({ id: "none", started: null, submitted: null });
    expect(shown.find((row) => row.id === "own")).toEqual({ id: "own", started: 40, submitted: 30 });
    expect(shown.find((row) => row.id === "partner-a")).toEqual({ id: "partner-a", started: 12, submitted: 9 });
  });

  it("hides everything when fewer than 5 responded in all", () => {
    expect(linkCountsFor([{ id: "own", started: 3, submitted: 1 }], false)).toEqual([{ id: "own", started: null, submitted: null }]);
  });
});
