import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** An invitation's secret (256 bits, 43 URL-safe characters) and the hash kept in its place. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
