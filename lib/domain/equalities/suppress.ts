/**
 * Statistical disclosure control for the "about you" counts officers see. Pure: counts in, what may
 * be shown out. The rules (README, "Equalities monitoring"):
 *
 * 1. Primary suppression: every count under 10, none included, is shown as "fewer than 10". (A
 *    shown 0 would say that nobody in a topic's named commenters gave that answer.)
 * 2. Secondary suppression: the total is assumed known (anyone can count a topic's commenters), so
 *    the suppressed cells of a question must not be worked out from it and the shown cells. While
 *    any suppressed cell could be (one suppressed cell alone, cells that can only be 0, cells that
 *    can only be 9), the smallest shown cell is hidden too. Nobody reading the table can then pin
 *    a suppressed cell to one number, whatever they know of the rules.
 * 3. If even hiding every cell leaves one that could be worked out (every cell exactly 9), every
 *    cell is shown as "hidden", saying nothing of its size.
 * 4. A total under 10 hides everything: the total is "fewer than 10" and so is every cell.
 */

export const THRESHOLD = 10;

/** What a count becomes: a count of 10 or more, "fewer than 10", "hidden" (secondary), or nobody at all (a total of 0). */
export type ShownCount = { kind: "count"; count: number } | { kind: "fewer-than-10" } | { kind: "hidden" } | { kind: "none" };

type Cell<K> = { key: K; count: number };
export type ShownCell<K> = { key: K; shown: ShownCount };

/** What a reader can know of a suppressed cell: primary ones are 0 to 9, hidden ones 10 or more, the last resort anything. */
type Range = { low: number; high: number };

/** Whether a suppressed cell's value follows from the total, the shown cells and the others' ranges. */
function revealing(ranges: Range[], remainder: number): boolean {
  if (ranges.length === 0) return false;
  const lows = ranges.reduce((sum, range) => sum + range.low, 0);
  const highs = ranges.reduce((sum, range) => sum + range.high, 0);
  return ranges.some((range) => {
    const low = Math.max(range.low, remainder - (highs - range.high));
    const high = Math.min(range.high, remainder - (lows - range.low));
    return low >= high;
  });
}

/** The total: shown when 10 or more; "fewer than 10" under that; nobody when 0. */
export function suppressTotal(total: number): ShownCount {
  if (total === 0) return { kind: "none" };
  return total < THRESHOLD ? { kind: "fewer-than-10" } : { kind: "count", count: total };
}

/**
 * One question's cells, which together count every participant once (`total`), as they may be
 * shown. Cells keep their order; ties for secondary suppression go to the earlier cell, and the cell
 * `hideLast` names is hidden only when no other is left (its count is what shares are worked from).
 */
export function suppressCells<K>(cells: readonly Cell<K>[], total: number, hideLast?: K): ShownCell<K>[] {
  if (total < THRESHOLD) return cells.map(({ key }) => ({ key, shown: { kind: "fewer-than-10" } }));
  const primary = new Set(cells.filter((cell) => cell.count < THRESHOLD));
  const hidden = new Set<Cell<K>>();
  const ranges = () => cells.filter((cell) => primary.has(cell) || hidden.has(cell)).map((cell): Range => (primary.has(cell) ? { low: 0, high: THRESHOLD - 1 } : { low: THRESHOLD, high: total }));
  const remainder = () => total - cells.filter((cell) => !primary.has(cell) && !hidden.has(cell)).reduce((sum, cell) => sum + cell.count, 0);
  while (revealing(ranges(), remainder())) {
    const shown = cells.filter((cell) => !primary.has(cell) && !hidden.has(cell));
    const candidates = shown.some((cell) => cell.key !== hideLast) ? shown.filter((cell) => cell.key !== hideLast) : shown;
    const smallest = candidates.reduce<Cell<K> | null>((best, cell) => (best === null || cell.count < best.count ? cell : best), null);
    if (!smallest) return cells.map(({ key }) => ({ key, shown: { kind: "hidden" } }));
    hidden.add(smallest);
  }
  return cells.map((cell) => ({
    key: cell.key,
    shown: primary.has(cell) ? { kind: "fewer-than-10" } : hidden.has(cell) ? { kind: "hidden" } : { kind: "count", count: cell.count },
  }));
}
