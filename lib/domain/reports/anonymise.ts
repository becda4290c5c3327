/**
 * Quotes in a published report name nobody: the quoted text is masked before it is printed.
 * Emails, phone numbers (UK and international forms), UK postcodes and @handles become a bracketed
 * word, so a reader sees that something was there. Pure; applied to every quote the report prints.
 */

const MASKS: [RegExp, string][] = [
  // Emails first: their "@domain" must not be read as a handle.
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, "[email]"],
  // UK postcodes: "CV1 5FB", "cv15fb", "SW1A 1AA" (outward code, then inward code).
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, "[postcode]"],
  // Phone numbers: a run of 9 or more digits allowing spaces, dots, dashes, brackets and a leading +.
  [/(?<![\p{L}\p{N}])\+?\(?\d(?:[\s.()-]*\d){8,}(?![\p{L}\p{N}])/gu, "[phone number]"],
  // Handles: "@name" not preceded by a letter or digit (so not part of an email already masked).
  [/(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.]{2,}/gu, "[handle]"],
];

/** The text with emails, phone numbers, postcodes and @handles masked. */
export function anonymiseQuote(text: string): string {
  return MASKS.reduce((masked, [pattern, word]) => masked.replace(pattern, word), text);
}
