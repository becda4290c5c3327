import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { FILL_HEADER, FILL_TOKENS_HEADER, readFillVariant, readFormTokens, type FormTokens } from "@/lib/page-cache/fill-request";
import { getCurrentUser } from "./current-user";

/**
 * Who a page is rendered for: a signed-in person; no one (signed out); or, when the proxy renders the
 * page every participant shares (lib/page-cache), a participant not yet known, with the form values
 * the proxy replaces in each response.
 */
export type PageViewer = { kind: "person"; user: CurrentUser } | { kind: "participant"; tokens: FormTokens } | { kind: "anonymous" };

export const getPageViewer = cache(async (): Promise<PageViewer> => {
  const request = await headers();
  const variant = readFillVariant(request.get(FILL_HEADER));
  const tokens = readFormTokens(request.get(FILL_TOKENS_HEADER));
  if (variant === "participant" && tokens) return { kind: "participant", tokens };
  if (variant === "public") return { kind: "anonymous" };
  const user = await getCurrentUser();
  return user ? { kind: "person", user } : { kind: "anonymous" };
});
