/** A search text for SQL LIKE/ILIKE: `%`, `_` and `\` match themselves, not any text. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
