import { ANSWERED, RESPONSES_KEY } from "@/lib/domain/surveys/tallies";

/** Counts in the tallies' shape: question key → choice → count (see `tallyKeys`). */
export type Counts = Map<string, Map<string, number>>;

export interface CountRow {
  questionKey: string;
  choice: string;
  count: number;
}

export function countsFrom(rows: Iterable<CountRow>): Counts {
  const counts: Counts = new Map();
  for (const { questionKey, choice, count } of rows) {
    const choices = counts.get(questionKey) ?? new Map<string, number>();
    choices.set(choice, (choices.get(choice) ?? 0) + count);
    counts.set(questionKey, choices);
  }
  return counts;
}

export function countOf(counts: Counts, questionKey: string, choice: string): number {
  return counts.get(questionKey)?.get(choice) ?? 0;
}

export function answeredCount(counts: Counts, questionKey: string): number {
  return countOf(counts, questionKey, ANSWERED);
}

export function responseCount(counts: Counts): number {
  return countOf(counts, RESPONSES_KEY, ANSWERED);
}

/** The recorded values of a question (without the "answered" marker), as numbers where they are. */
export function valueCounts(counts: Counts, questionKey: string): [number, number][] {
  const values: [number, number][] = [];
  for (const [choice, count] of counts.get(questionKey) ?? []) {
    if (choice === ANSWERED) continue;
    const value = Number(choice);
    if (Number.isFinite(value) && count > 0) values.push([value, count]);
  }
  return values.sort((a, b) => a[0] - b[0]);
}

/** Mean and median of values given as (value, how many) pairs; null when there are none. */
export function meanAndMedian(values: [number, number][]): { mean: number | null; median: number | null } {
  const total = values.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return { mean: null, median: null };
  const mean = values.reduce((sum, [value, count]) => sum + value * count, 0) / total;
  const at = (position: number): number => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (position < seen) return value;
    }
    return values[values.length - 1]?.[0] ?? 0;
  };
  const median = total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
  return { mean, median };
}

export function percentOf(count: number, base: number): number | null {
  return base > 0 ? (count / base) * 100 : null;
}

/**
 * The counts of `all` less those of `part` (rows of the same shape, `part` a subset of what `all`
 * counts), cell by cell (grouped value, question key, choice); cells left with nothing are dropped.
 */
export function subtractCounts<Row extends CountRow & { dim?: string | null }>(all: Row[], part: Row[]): Row[] {
  const cell = (row: Row) => `${row.dim ?? ""}\u0000${row.questionKey}\u0000${row.choice}`;
  const less = new Map<string, number>();
  for (const row of part) less.set(cell(row), (less.get(cell(row)) ?? 0) + row.count);
  return all.map((row) => ({ ...row, count: row.count - (less.get(cell(row)) ?? 0) })).filter((row) => row.count > 0);
}
