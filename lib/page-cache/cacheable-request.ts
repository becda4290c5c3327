import { SESSION_COOKIES } from "@/lib/security/session-cookies";

/** Pages worth caching for signed-out readers: a topic and its discussion (the busiest page). */
const CACHEABLE_PATH = /^\/topics\/[a-z0-9-]+$/;


/**
 * Only a plain GET for a whole HTML document from someone signed out: never a client-side
 * navigation (RSC), a prefetch, a server action, or anyone with a session, whose page shows
 * their own forms, reactions and follows.
 */
export function isCacheableRequest(request: { method: string; nextUrl: { pathname: string }; headers: Headers; cookies: { has(name: string): boolean } }): boolean {
  if (request.method !== "GET" || !CACHEABLE_PATH.test(request.nextUrl.pathname)) return false;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return false;
  const headers = request.headers;
  if (headers.has("rsc") || headers.has("next-action") || headers.has("next-router-prefetch") || headers.has("next-router-state-tree")) return false;
  return (headers.get("accept") ?? "").includes("text/html");
}
