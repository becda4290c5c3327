import "server-only";
import { randomBytes } from "node:crypto";
import { LINK_CODE_LENGTH } from "@/lib/validations/survey-link";

/** A new link code: URL-safe base64 of random bytes, 6 random bits a character, so 60 bits in all. */
export function newLinkCode(): string {
  return randomBytes(LINK_CODE_LENGTH).toString("base64url").slice(0, LINK_CODE_LENGTH);
}
