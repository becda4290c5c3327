import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A keyed hash of (survey, person): enough to refuse a second response on a one-per-person survey,
 * not enough to say who answered an anonymous one.
 */
export function respondentKey(surveyId: string, userId: string): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`survey-respondent:${surveyId}:${userId}`).digest("base64url");
}

/**
 * A submission key as stored: the sender's key scoped to whoever sent it (their account, or "no
 * account"), as a UUID. A retry by the same person finds their response; the same key from anyone
 * else is simply a different key, so it can never return another person's reference.
 */
export function scopedSubmissionKey(userId: string | null, submissionKey: string): string {
  const hex = createHmac("sha256", env.AUTH_SECRET).update(`submission:${userId ?? "anonymous"}:${submissionKey}`).digest("hex");
  // Shaped as a version 4, variant 1 UUID, so it fits the uuid column like the key it replaces.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A secret for resuming an anonymous draft, and the hash stored in its place. */
export function newResumeToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashResumeToken(token) };
}

export function hashResumeToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
