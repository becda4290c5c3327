/** The language the analysis reads: its English model's. */
const ANALYSED_LANGUAGE = "en";
/** Items marked English but written mostly in another script: their language is not known. */
const UNKNOWN_LANGUAGE = "und";

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Whether most of a text's letters are in the Latin script (a text with no letters counts as Latin). */
export function mostlyLatin(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return true;
  return (text.match(LATIN)?.length ?? 0) / letters >= 0.5;
}

/**
 * Why an item is not analysed, as the language to list it under: its own language when it is not
 * English, "und" when it says English but is written mostly in another script; null when analysed.
 */
export function notAnalysedLanguage(item: { locale: string; text: string }): string | null {
  if (item.locale !== ANALYSED_LANGUAGE) return item.locale;
  return mostlyLatin(item.text) ? null : UNKNOWN_LANGUAGE;
}
