import { SESSION_COOKIES } from "@/lib/security/session-cookies";

/** Pages worth caching: a topic and its discussion (the busiest page). */
const CACHEABLE_PATH = /^\/topics\/[a-z0-9-]+$/;

/**
 * Which shared page a request can be answered with: "public" for someone signed out, "participant"
 * for someone signed in (the page every participant shares, made theirs per response); null when it
 * must be rendered for itself.
 */
export type CacheVariant = "public" | "participant";

export const sessionToken = (cookies: { get(name: string): { value: string } | undefined }): string | undefined =>
  SESSION_COOKIES.map((name) => cookies.get(name)?.value).find(Boolean);

/**
 * Only a plain GET for a whole HTML document: never a client-side navigation (RSC), a prefetch or a
 * server action, which are rendered for the person asking.
 */
export function cacheVariant(request: { method: string; nextUrl: { pathname: string }; headers: Headers; cookies: { get(name: string): { value: string } | undefined } }): CacheVariant | null {
  if (request.method !== "GET" || !CACHEABLE_PATH.test(request.nextUrl.pathname)) return null;
  const headers = request.headers;
  if (headers.has("rsc") || headers.has("next-action") || headers.has("next-router-prefetch") || headers.has("next-router-state-tree")) return null;
  if (!(headers.get("accept") ?? "").includes("text/html")) return null;
  return sessionToken(request.cookies) ? "participant" : "public";
}
