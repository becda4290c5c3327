import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate";
import { issueFormToken } from "@/lib/security/form-guard";
import type { CacheVariant } from "./cacheable-request";
import { FILL_HEADER, FILL_TOKENS_HEADER, fillHeaderValue, formTokensHeaderValue, type FormTokens } from "./fill-request";
import { currentGeneration, fillOnce, readPage, storePage, type CachedPage } from "./page-cache";
import { personalise, type PageReader } from "./personalise";

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

/** The cached page with this response's own nonce and, on a participants' page, fresh form values. */
export function freshBody(page: CachedPage, nonce: string): string {
  const replacements: [string, string][] = [[page.nonce, nonce]];
  if (page.tokens) replacements.push([page.tokens.submissionKey, randomUUID()], [page.tokens.formToken, issueFormToken()]);
  return replacements.reduce((body, [from, to]) => body.split(from).join(to), page.body);
}

export type CachedPageRequest = {
  variant: CacheVariant;
  locale: Locale;
  nonce: string;
  policy: string;
  ttlMs: number;
  /** For the participants' page: the reader it is sent to. */
  viewer?: PageReader;
};

/**
 * A topic page from the cache (rendered at most `ttlMs` ago, with no write in between) in the
 * reader's language, carrying this response's nonce and policy: the signed-out page, or the page
 * every participant shares made this reader's (lib/page-cache/personalise). Null when it cannot be
 * had, and the request is rendered as usual. A miss renders the page once, however many readers
 * wait for it.
 */
export async function serveCachedPage(request: NextRequest, options: CachedPageRequest): Promise<Response | null> {
  const { variant, locale, ttlMs, viewer } = options;
  if (ttlMs <= 0 || request.headers.has(FILL_HEADER) || (variant === "participant" && !viewer)) return null;
  const address = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const key = `${locale} ${variant} ${address}`;
  const hit = readPage(key, ttlMs);
  // Any failure to fill (a timeout, a network error) leaves the request to render as usual.
  const page = hit ?? (await fillOnce(key, () => render(address, locale, key, variant).catch(() => null)));
  if (!page) return null;
  const headers = new Headers(page.headers);
  headers.set("content-security-policy", options.policy);
  headers.set("x-page-cache", hit ? "hit" : "miss");
  const body = freshBody(page, options.nonce);
  return new Response(viewer ? personalise(body, viewer) : body, { status: 200, headers });
}
