/** Counts under this are shown as "fewer than 5" in public, with no percentage. */
export const SMALL_NUMBER = 5;

interface PublicCell {
  id: string;
  label: string;
  /** null when suppressed: see `hidden`. */
  count: number | null;
  percent: number | null;
  /** "small": under 5; "protects": 5 or more, hidden so that a small count cannot be worked out. */
  hidden: "small" | "protects" | null;
}

export interface SuppressedQuestion {
  /** null when fewer than 5 answered: every cell is then suppressed too. */
  answered: number | null;
  cells: PublicCell[];
}

/**
 * Small-number suppression for a public table. Counts under 5 are hidden. When the counts add up
 * to the total (one answer each), the smallest other counts are hidden too until the hidden ones
 * include one of 5 or more: otherwise the total less the shown counts would give the hidden count
 * away (or, with two hidden, pin them down, as 8 can only be 4 and 4).
 */
export function suppressSmallNumbers(cells: { id: string; label: string; count: number }[], answered: number, addsUp: boolean): SuppressedQuestion {
  if (answered < SMALL_NUMBER) return { answered: null, cells: cells.map(({ id, label }) => ({ id, label, count: null, percent: null, hidden: "small" })) };
  const hidden = new Set(cells.filter((cell) => cell.count < SMALL_NUMBER).map((cell) => cell.id));
  if (addsUp && hidden.size > 0) {
    const shown = cells.filter((cell) => !hidden.has(cell.id)).sort((a, b) => a.count - b.count);
    const coversLarge = () => cells.some((cell) => hidden.has(cell.id) && cell.count >= SMALL_NUMBER);
    for (const cell of shown) {
      if (coversLarge()) break;
      hidden.add(cell.id);
    }
  }
  return {
    answered,
    cells: cells.map(({ id, label, count }) =>
      hidden.has(id) ? { id, label, count: null, percent: null, hidden: count < SMALL_NUMBER ? "small" : "protects" } : { id, label, count, percent: (count / answered) * 100, hidden: null },
    ),
  };
}
