import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";

/**
 * Tokens for links that carry their own authority: a row id and an HMAC of it under AUTH_SECRET,
 * bound to one purpose ("partner-contact-link:v1", "campaign-link:v1"), so a token made for one
 * kind of link never opens another and changing any character makes it invalid.
 */
const ZId = z.uuid();

function signature(purpose: string, id: string): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`${purpose}:${id}`).digest("base64url");
}

export function signId(purpose: string, id: string): string {
  return `${id}.${signature(purpose, id)}`;
}

/** The id a token was made for under this purpose, or null for anything tampered with or malformed. */
export function verifySignedId(purpose: string, token: string): string | null {
  const [id, given, ...rest] = token.split(".");
  if (rest.length > 0 || !id || !given || !ZId.safeParse(id).success) return null;
  const expected = Buffer.from(signature(purpose, id));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : null;
}
