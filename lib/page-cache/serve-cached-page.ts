import type { NextRequest } from "next/server";
import type { Locale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate";
import { isCacheableRequest } from "./cacheable-request";
import { currentGeneration, fillOnce, readPage, storePage, withNonce, type CachedPage } from "./page-cache";

/** Marks the proxy's own request for a page it is about to cache: that one is rendered as usual. */
const FILL_HEADER = "x-lets-talk-page-fill";

const RENDER_TIMEOUT_MS = 10_000;

/** Headers that belong to one response or are set afresh for each (the policy carries the nonce). */
const PER_RESPONSE = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "content-security-policy"]);

/** Renders the page through the server itself, as a signed-out reader would get it. */
async function render(request: NextRequest, address: string, locale: Locale, key: string): Promise<CachedPage | null> {
  const generation = currentGeneration();
  const response = await fetch(new URL(address, request.nextUrl.origin), {
    // The page in the reader's language, however they came to it (address, cookie or browser).
    headers: { accept: "text/html", [FILL_HEADER]: "1", cookie: `${LOCALE_COOKIE}=${locale}` },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  const nonce = response.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
  // Only a whole, ordinary page is kept: a redirect, a 404 or an error is rendered per request as
  // before. The body is read to the end (cancelling it mid-stream left the request hanging).
  if (response.status !== 200 || !nonce) {
    await response.arrayBuffer();
    return null;
  }
  const page: CachedPage = {
    body: await response.text(),
    nonce,
    headers: [...response.headers].filter(([name]) => !PER_RESPONSE.has(name)),
    storedAt: Date.now(),
    generation,
  };
  storePage(key, page);
  return page;
}

/**
 * For a signed-out reader of a cacheable page: the page in their language from the cache (rendered at most `ttlMs`
 * ago, with no write in between), carrying this response's nonce and policy; or null, and the
 * request is rendered as usual. A miss renders the page once, however many readers wait for it.
 */
export async function serveCachedPage(request: NextRequest, locale: Locale, nonce: string, policy: string, ttlMs: number): Promise<Response | null> {
  if (ttlMs <= 0 || request.headers.has(FILL_HEADER) || !isCacheableRequest(request)) return null;
  const address = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const key = `${locale} ${address}`;
  const hit = readPage(key, ttlMs);
  // Any failure to fill (a timeout, a network error) leaves the request to render as usual.
  const page = hit ?? (await fillOnce(key, () => render(request, address, locale, key).catch(() => null)));
  if (!page) return null;
  const headers = new Headers(page.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-page-cache", hit ? "hit" : "miss");
  return new Response(withNonce(page, nonce), { status: 200, headers });
}
