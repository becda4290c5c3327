import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { serveCachedPage } from "@/lib/page-cache/serve-cached-page";
import { contentSecurityPolicy } from "@/lib/security/csp";

/**
 * Runs before every page: a fresh nonce per request, a strict nonce-based Content-Security-Policy on
 * the response, and the same policy on the request so Next puts the nonce on its own scripts. A
 * signed-out reader of a topic may get the page from the short-lived page cache, with this nonce.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const cached = await serveCachedPage(request, nonce, policy, env.PAGE_CACHE_SECONDS * 1000);
  if (cached) return cached;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/).*)" }],
};
