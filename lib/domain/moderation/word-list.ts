/** Escapes a phrase for use inside a regular expression. */
function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The first word-list phrase found in `text`, matched as whole words, ignoring case and runs of
 * spaces ("bad  word" matches "bad word"), or null.
 */
export function findListedPhrase(text: string, phrases: readonly string[]): string | null {
  const normalised = text.toLowerCase().replace(/\s+/g, " ");
  for (const phrase of phrases) {
    const pattern = escapeRegExp(phrase.toLowerCase().trim()).replace(/\s+/g, "\\s+");
    if (!pattern) continue;
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${pattern}($|[^\\p{L}\\p{N}])`, "u").test(normalised)) return phrase;
  }
  return null;
}
