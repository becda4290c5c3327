import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate";
import { issueFormToken } from "@/lib/security/form-guard";
import type { CacheVariant } from "./cacheable-request";
import { FILL_HEADER, FILL_TOKENS_HEADER, fillHeaderValue, formTokensHeaderValue, type FormTokens } from "./fill-request";
import { currentGeneration, fillOnce, readPage, storePage, type CachedPage } from "./page-cache";
import { compileTemplate, fillTemplate, type PageReader } from "./personalise";

const RENDER_TIMEOUT_MS = 10_000;

/** Headers that belong to one response or are set afresh for each (the policy carries the nonce). */
const PER_RESPONSE = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "content-security-policy"]);

/** Renders the page through the server itself, as the variant's reader would get it (a participant's with placeholder form values). */
async function render(address: string, locale: Locale, key: string, variant: CacheVariant): Promise<CachedPage | null> {
  const generation = currentGeneration();
  const tokens: FormTokens | undefined = variant === "participant" ? { submissionKey: randomUUID(), formToken: issueFormToken() } : undefined;
  // Straight to this server over plain HTTP: behind a proxy that ends TLS (X-Forwarded-Proto: https)
  // the request's own origin is https://, which this server does not speak.
  const response = await fetch(new URL(address, `http://localhost:${env.PORT}`), {
    // The page in the reader's language, however they came to it (address, cookie, browser or profile).
    headers: {
      accept: "text/html",
      [FILL_HEADER]: fillHeaderValue(variant),
      cookie: `${LOCALE_COOKIE}=${locale}`,
      ...(tokens ? { [FILL_TOKENS_HEADER]: formTokensHeaderValue(tokens) } : {}),
    },
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
    tokens,
    headers: [...response.headers].filter(([name]) => !PER_RESPONSE.has(name)),
    storedAt: Date.now(),
    generation,
  };
  storePage(key, page);
  return page;
}

/** The cached page with this response's own nonce and, on a participants' page, fresh form values and the reader's own state. */
export function freshBody(page: CachedPage, nonce: string, locale: Locale = "en", reader?: PageReader): string {
  page.template ??= compileTemplate(page.body, page);
  return fillTemplate(page.template, { nonce, locale, reader });
}

export type CachedPageRequest = {
  variant: CacheVariant;
  locale: Locale;
  nonce: string;
  policy: string;
  ttlMs: number;
  /** For the participants' page: the reader it is sent to. */
  viewer?: PageReader;
  /** On a miss, render the page (once, however many readers wait) and keep it; else only a hit is served. */
  fillOnMiss: boolean;
};

/** What the request for a cacheable page must say: its address, and whether it is the cache's own fill. */
export type CachedPageAddress = { nextUrl: { pathname: string; search: string }; headers: { has(name: string): boolean } };

/** A page from the cache, ready to send: a 200 with these headers and this body. */
export type CachedResponse = { headers: [string, string][]; body: string };

/**
 * A topic page from the cache (rendered at most `ttlMs` ago, with no write in between) in the
 * reader's language, carrying this response's nonce and policy: the signed-out page, or the page
 * every participant shares made this reader's (lib/page-cache/personalise). Null when it cannot be
 * had, and the request is rendered as usual.
 */
export async function cachedPage(request: CachedPageAddress, options: CachedPageRequest): Promise<CachedResponse | null> {
  const { variant, locale, ttlMs, viewer } = options;
  if (ttlMs <= 0 || request.headers.has(FILL_HEADER) || (variant === "participant" && !viewer)) return null;
  const address = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const key = `${locale} ${variant} ${address}`;
  const hit = readPage(key, ttlMs);
  if (!hit && !options.fillOnMiss) return null;
  // Any failure to fill (a timeout, a network error) leaves the request to render as usual.
  const page = hit ?? (await fillOnce(key, () => render(address, locale, key, variant).catch(() => null)));
  if (!page) return null;
  return {
    headers: [...page.headers, ["content-security-policy", options.policy], ["x-page-cache", hit ? "hit" : "miss"]],
    body: freshBody(page, options.nonce, locale, viewer),
  };
}
