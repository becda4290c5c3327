import "server-only";

/** A page of rows read one past the limit: the rows, and the key to carry on after when there are more. */
export function pageOf<T>(rows: T[], limit: number | null, key: (row: T) => string): { rows: T[]; nextKey: string | null } {
  if (limit === null || rows.length <= limit) return { rows, nextKey: null };
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return { rows: shown, nextKey: last ? key(last) : null };
}
