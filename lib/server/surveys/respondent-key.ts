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

/** A secret for resuming an anonymous draft, and the hash stored in its place. */
export function newResumeToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashResumeToken(token) };
}

export function hashResumeToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
