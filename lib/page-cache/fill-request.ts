import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import type { FormTokens } from "@/lib/domain/comments/viewer-state";
import type { CacheVariant } from "./cacheable-request";

export type { FormTokens };

/**
 * The proxy's own request for a page it is about to cache carries the variant it wants, signed so
 * no one else can ask for the participants' page without signing in, and, for that page, the
 * per-response values its forms carry (replaced with fresh ones in every response).
 */
export const FILL_HEADER = "x-lets-talk-page-fill";
export const FILL_TOKENS_HEADER = "x-lets-talk-page-tokens";


const signature = (variant: string) => createHmac("sha256", env.AUTH_SECRET).update(`page-fill:${variant}`).digest("base64url");

export function fillHeaderValue(variant: CacheVariant): string {
  return `${variant}.${signature(variant)}`;
}

/** The variant a request asks to be rendered as, when the proxy signed it; else null. */
export function readFillVariant(value: string | null): CacheVariant | null {
  const [variant = "", signed = ""] = (value ?? "").split(".");
  if (variant !== "public" && variant !== "participant") return null;
  const expected = signature(variant);
  return signed.length === expected.length && timingSafeEqual(Buffer.from(signed), Buffer.from(expected)) ? variant : null;
}

export const formTokensHeaderValue = (tokens: FormTokens) => `${tokens.submissionKey} ${tokens.formToken}`;

export function readFormTokens(value: string | null): FormTokens | null {
  const [submissionKey, formToken] = (value ?? "").split(" ");
  return submissionKey && formToken ? { submissionKey, formToken } : null;
}
