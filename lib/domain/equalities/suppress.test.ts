import { describe, expect, it } from "vitest";
import { suppressCells, suppressTotal, type ShownCell, type ShownCount } from "./suppress";

/** Cells from counts, keyed a, b, c… */
const cells = (...counts: number[]) => counts.map((count, index) => ({ key: String.fromCharCode(97 + index), count }));
const total = (...counts: number[]) => counts.reduce((sum, count) => sum + count, 0);
/** What each cell shows, briefly: its count, "<10" or "hidden". */
const brief = (shown: ShownCell<string>[]) => shown.map(({ shown: value }) => (value.kind === "count" ? value.count : value.kind === "fewer-than-10" ? "<10" : value.kind));
const run = (...counts: number[]) => brief(suppressCells(cells(...counts), total(...counts)));

/**
 * Everything a reader could work out: for each suppressed cell, every value it could take that is
 * consistent with the total, the shown cells and what its label says ("<10": 0 to 9; "hidden": 10
 * or more unless every cell is hidden). Brute force over small tables, independent of the code.
 */
function possibleValues(shown: ShownCell<string>[], sum: number): number[][] {
  const allHidden = shown.every(({ shown: value }) => value.kind === "hidden");
  const options = shown.map(({ shown: value }) => {
    if (value.kind === "count") return [value.count];
    const low = value.kind === "hidden" && !allHidden ? 10 : 0;
    const high = value.kind === "fewer-than-10" ? 9 : sum;
    return Array.from({ length: Math.max(0, high - low + 1) }, (_, index) => low + index);
  });
  /** Which totals the cells other than `skip` can make together. */
  const reachable = (skip: number) =>
    options.reduce<boolean[]>(
      (sums, values, index) => {
        if (index === skip) return sums;
        const next = new Array<boolean>(sum + 1).fill(false);
        sums.forEach((ok, made) => {
          if (ok) for (const value of values) if (made + value <= sum) next[made + value] = true;
        });
        return next;
      },
      [true, ...new Array<boolean>(sum).fill(false)],
    );
  return options.map((values, index) => {
    const others = reachable(index);
    return values.filter((value) => others[sum - value]);
  });
}

describe("suppressCells", () => {
  it("shows every count of 10 or more when there is nothing small", () => {
    expect(run(10, 25, 400)).toEqual([10, 25, 400]);
  });

  it("shows counts from 1 to 9 as 'fewer than 10', and a 0 too", () => {
    expect(run(3, 4, 0, 40)).toEqual(["<10", "<10", "<10", 40]);
  });

  it("hides the next smallest cell when exactly one is suppressed, so the total cannot give it away", () => {
    expect(run(5, 20, 30)).toEqual(["<10", "hidden", 30]);
    // A tie for next smallest: the earlier one goes.
    expect(run(40, 12, 12, 3)).toEqual([40, "hidden", 12, "<10"]);
  });

  it("hides another cell when the suppressed cells can only be 0: everyone would be seen to be in the shown ones", () => {
    // 12 people, all in one group: shown alone, it would say what every one of them answered.
    expect(run(0, 12, 0, 0)).toEqual(["<10", "hidden", "<10", "<10"]);
  });

  it("hides another cell when suppressed cells can only be 9 each", () => {
    expect(run(9, 9, 30)).toEqual(["<10", "<10", "hidden"]);
  });

  it("hides the cell it is told to keep only when no other is left", () => {
    const keep = (...counts: number[]) => brief(suppressCells(cells(...counts), total(...counts), "c"));
    expect(keep(5, 55, 40)).toEqual(["<10", "hidden", 40]);
    expect(keep(0, 0, 12)).toEqual(["<10", "<10", "hidden"]);
  });

  it("needs no second suppression when two small cells leave each other uncertain", () => {
    expect(run(1, 0, 10)).toEqual(["<10", "<10", 10]);
    expect(run(2, 6, 50, 100)).toEqual(["<10", "<10", 50, 100]);
  });

  it("goes on hiding the smallest cells while hidden cells of 10 would pin the small one at 0", () => {
    // Hiding one 10: 0 + 10 = 10, and a hidden cell is 10 or more, so both would follow; hiding both 10s, the same.
    expect(run(0, 10, 10, 50)).toEqual(["<10", "hidden", "hidden", "hidden"]);
  });

  it("hides every cell, saying nothing of size, when even that would leave one to work out", () => {
    expect(run(9, 9, 9)).toEqual(["hidden", "hidden", "hidden"]);
  });

  it("suppresses everything when fewer than 10 took part", () => {
    expect(run(9, 0, 0)).toEqual(["<10", "<10", "<10"]);
    expect(run(3, 3, 3)).toEqual(["<10", "<10", "<10"]);
  });

  it("never shows a count under 10, and never lets a suppressed cell be worked out from the total", () => {
    // Every table of 3 or 4 cells with counts from 0 to 13 (and 0, 3, 10 or 21 in the fourth) and a total of at least 10, with and without a cell to hide last.
    const values = Array.from({ length: 14 }, (_, index) => index);
    let checked = 0;
    for (const a of values)
      for (const b of values)
        for (const c of values)
          for (const d of [0, 3, 10, 21]) {
            for (const counts of [[a, b, c], [a, b, c, d]]) {
              const sum = total(...counts);
              if (sum < 10) continue;
              const shown = suppressCells(cells(...counts), sum, checked % 2 ? "c" : undefined);
              for (const { shown: value } of shown) if (value.kind === "count") expect(value.count).toBeGreaterThanOrEqual(10);
              const possible = possibleValues(shown, sum);
              shown.forEach(({ shown: value }, index) => {
                if (value.kind !== "count") expect(possible[index]?.length, `${counts.join(",")}: cell ${index} can be worked out`).toBeGreaterThan(1);
              });
              checked += 1;
            }
          }
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe("suppressTotal", () => {
  it.each<[number, ShownCount]>([
    [0, { kind: "none" }],
    [1, { kind: "fewer-than-10" }],
    [9, { kind: "fewer-than-10" }],
    [10, { kind: "count", count: 10 }],
    [1234, { kind: "count", count: 1234 }],
  ])("shows %i as %j", (count, expected) => {
    expect(suppressTotal(count)).toEqual(expected);
  });
});
