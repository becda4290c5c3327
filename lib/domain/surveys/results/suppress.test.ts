import { describe, expect, it } from "vitest";
import { suppressSmallNumbers } from "./suppress";

const cells = (counts: number[]) => counts.map((count, index) => ({ id: `o${index}`, label: `Option ${index}`, count }));
const shown = (result: ReturnType<typeof suppressSmallNumbers>) => result.cells.map((cell) => cell.count);

describe("suppressSmallNumbers", () => {
  it("shows every count and percentage when none is under 5", () => {
    const result = suppressSmallNumbers(cells([5, 15]), 20, true);
    expect(shown(result)).toEqual([5, 15]);
    expect(result.cells.map((cell) => cell.percent)).toEqual([25, 75]);
    expect(result.answered).toBe(20);
  });

  it("hides a count under 5 and also the smallest other count, so the total cannot give it away", () => {
    const result = suppressSmallNumbers(cells([3, 12, 40]), 55, true);
    expect(shown(result)).toEqual([null, null, 40]);
    expect(result.cells.map((cell) => cell.hidden)).toEqual(["small", "protects", null]);
    expect(result.cells[0]?.percent).toBeNull();
    expect(result.cells[2]?.percent).toBeCloseTo((40 / 55) * 100);
  });

  it("keeps hiding until a hidden count is 5 or more (4 and 4 hidden beside 8 would be obvious)", () => {
    expect(shown(suppressSmallNumbers(cells([4, 4, 6, 30]), 44, true))).toEqual([null, null, null, 30]);
  });

  it("hides zero too: it is under 5", () => {
    expect(shown(suppressSmallNumbers(cells([0, 9, 11]), 20, true))).toEqual([null, null, 11]);
  });

  it("hides only the small counts when answers do not add up (multiple choice)", () => {
    expect(shown(suppressSmallNumbers(cells([2, 12, 40]), 45, false))).toEqual([null, 12, 40]);
  });

  it("hides everything, the total included, when fewer than 5 answered", () => {
    const result = suppressSmallNumbers(cells([3, 1]), 4, true);
    expect(result.answered).toBeNull();
    expect(shown(result)).toEqual([null, null]);
  });
});
