import { randomBytes } from "node:crypto";

/** Crockford's base 32: no I, L, O or U, so a reference read over the phone is not misheard. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A response reference like "LT-7K3M-9QX2" (40 random bits). */
export function newResponseReference(): string {
  const bytes = randomBytes(8);
  const chars = Array.from(bytes, (byte) => ALPHABET[byte % 32]).join("");
  return `LT-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}
