import { parse } from "postcode";

/** A UK postcode written the standard way (upper case, one space: "CV6 5AB"), or null if it is not one. */
export function normalisePostcode(input: string): string | null {
  const parsed = parse(input.trim());
  return parsed.valid ? parsed.postcode : null;
}

/**
 * The prefixes a postcode may be placed by, longest first: the full postcode, its sector and its
 * district ("CV6 5AB", "CV6 5", "CV6"). The longest one found in the postcode areas wins.
 */
export function postcodePrefixes(postcode: string): string[] {
  const parsed = parse(postcode);
  if (!parsed.valid) return [];
  return [parsed.postcode, parsed.sector, parsed.district].filter((prefix): prefix is string => Boolean(prefix));
}
