import { suppressSmallNumbers } from "@/lib/domain/surveys/results/suppress";

/** How many responses came through one link (or through none): started (drafts and sent) and submitted. */
export type LinkCount = { id: string; started: number; submitted: number };

/** A count as shown: null when it is hidden (fewer than 5, or it would give a small one away). */
export type ShownLinkCount = { id: string; started: number | null; submitted: number | null };

function column(rows: LinkCount[], pick: (row: LinkCount) => number): Map<string, number | null> {
  const total = rows.reduce((sum, row) => sum + pick(row), 0);
  // Every response came through one link or none, so the rows add up to the total.
  const { cells } = suppressSmallNumbers(
    rows.map((row) => ({ id: row.id, label: row.id, count: pick(row) })),
    total,
    true,
  );
  return new Map(cells.map((cell) => [cell.id, cell.count]));
}

/**
 * Responses by link as a viewer may see them. Officers see the exact counts of their links; anyone
 * else sees the same small-number suppression as published results, so a partner's count of 2
 * (or a count that would give one away) cannot single people out.
 */
export function linkCountsFor(rows: LinkCount[], exact: boolean): ShownLinkCount[] {
  if (exact) return rows.map((row) => ({ ...row }));
  const started = column(rows, (row) => row.started);
  const submitted = column(rows, (row) => row.submitted);
  return rows.map((row) => ({ id: row.id, started: started.get(row.id) ?? null, submitted: submitted.get(row.id) ?? null }));
}
