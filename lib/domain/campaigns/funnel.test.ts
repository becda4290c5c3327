import { describe, expect, it } from "vitest";
import { compareRepresentation, funnelFigures, MIN_RESPONSES_TO_COMPARE, percentOf, responseRate, type StageCounts } from "./funnel";

const counts = (invited: number, submitted: number, more: Partial<StageCounts> = {}): StageCounts => ({
  invited,
  delivered: invited,
  opened: 0,
  started: submitted,
  submitted,
  bounced: 0,
  unsubscribed: 0,
  ...more,
});

describe("funnel figures", () => {
  it("gives each stage as a share of those invited, in order", () => {
    expect(funnelFigures(counts(200, 50, { delivered: 190, opened: 100, started: 80 }))).toEqual([
      { stage: "invited", count: 200, percent: 100 },
      { stage: "delivered", count: 190, percent: 95 },
      { stage: "opened", count: 100, percent: 50 },
      { stage: "started", count: 80, percent: 40 },
      { stage: "submitted", count: 50, percent: 25 },
    ]);
  });

  it("has no shares or rate when nobody was invited", () => {
    expect(funnelFigures(counts(0, 0)).every((figure) => figure.percent === null)).toBe(true);
    expect(responseRate(counts(0, 0))).toBeNull();
    expect(percentOf(1, 4)).toBe(25);
  });
});

describe("compareRepresentation", () => {
  // 100 invited, 50 responses: construction 20% of invited but 8% of responses.
  const groups = [
    { key: "F", label: "Construction", counts: counts(20, 4) },
    { key: "G", label: "Retail", counts: counts(50, 30) },
    { key: "C", label: "Manufacturing", counts: counts(27, 14) },
    { key: null, label: null, counts: counts(3, 2) },
  ];

  it("compares each group's share of invited with its share of responses, largest group first", () => {
    const rows = compareRepresentation(groups);
    expect(rows.map((row) => row.key)).toEqual(["G", "C", "F", null]);
    expect(rows.find((row) => row.key === "F")).toEqual({
      key: "F",
      label: "Construction",
      invited: 20,
      submitted: 4,
      invitedShare: 20,
      responseShare: 8,
      responseRate: 20,
      underRepresented: true,
    });
  });

  it("flags only groups whose response share is at least the threshold below their invited share", () => {
    const flagged = compareRepresentation(groups).filter((row) => row.underRepresented).map((row) => row.key);
    expect(flagged).toEqual(["F"]);
    // Manufacturing: 27% of invited, 28% of responses; retail over-represented; unknown 3% against 4%.
    expect(compareRepresentation(groups, 13).filter((row) => row.underRepresented)).toHaveLength(0);
  });

  it("flags nothing while there are too few responses to compare", () => {
    const few = [
      { key: "F", label: "Construction", counts: counts(50, 0) },
      { key: "G", label: "Retail", counts: counts(50, MIN_RESPONSES_TO_COMPARE - 1) },
    ];
    expect(compareRepresentation(few).some((row) => row.underRepresented)).toBe(false);
  });

  it("has no shares when nobody was invited", () => {
    expect(compareRepresentation([{ key: "F", label: "Construction", counts: counts(0, 0) }])[0]).toMatchObject({ invitedShare: null, responseShare: null, underRepresented: false });
  });
});
