import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { ERROR_TABLE } from "@/lib/errors";
import { LOCALE_CHOSEN_HEADER, LOCALE_HEADER } from "@/lib/i18n/locale-headers";
import { chooseLocale, LOCALE_COOKIE, LOCALE_PARAM, localeSetCookie, type LocaleChoice } from "@/lib/i18n/negotiate";
import { defaultTranslator } from "@/lib/i18n/translator";
import { cachedPageReader } from "@/lib/auth/cached-page-reader";
import { cacheVariant, sessionToken, topicSlug } from "@/lib/page-cache/cacheable-request";
import { pageRequest, registerFrontCache } from "@/lib/page-cache/front";
import { cachedPage, type CachedResponse } from "@/lib/page-cache/serve-cached-page";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

/** The open data API (app/api/open): read-only and the same for everyone. */
const OPEN_DATA_PREFIX = "/api/open/";

/** What the proxy reads of a request to answer it from the page cache (a NextRequest, or a Node request seen the same way). */
type PageRequest = ReturnType<typeof pageRequest>;

/** A path whose percent-encoding does not decode (`/topics/%E0%A4%A`): Next would fail on it with a 500. */
function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * A page from the page cache: the signed-out page, or for someone signed in the page every
 * participant shares, made theirs (their language when they have not chosen one on this device).
 */
async function cachedPageFor(request: PageRequest, locale: LocaleChoice, nonce: string, fillOnMiss: boolean): Promise<CachedResponse | null> {
  const variant = cacheVariant(request);
  const ttlMs = env.PAGE_CACHE_SECONDS * 1000;
  if (!variant || ttlMs <= 0) return null;
  const policy = contentSecurityPolicy(nonce);
  if (variant === "public") return cachedPage(request, { variant, locale: locale.locale, nonce, policy, ttlMs, fillOnMiss });
  const found = await cachedPageReader(sessionToken(request.cookies) ?? "", topicSlug(request.nextUrl.pathname));
  if (!found) return null;
  const language = locale.chosen ? locale.locale : (found.locale ?? locale.locale);
  return cachedPage(request, { variant, locale: language, nonce, policy, ttlMs, viewer: found.reader, fillOnMiss });
}

// `npm start`'s server asks this before Next: a cache hit is sent as it is. An address with `?lang=`
// (which sets the language cookie) is left to the proxy below.
registerFrontCache(async (raw) => {
  const request = pageRequest(raw);
  if (request.nextUrl.searchParams.has(LOCALE_PARAM)) return null;
  return cachedPageFor(request, requestLocale(request), newNonce(), false);
});

function requestLocale(request: PageRequest): LocaleChoice {
  return chooseLocale({
    param: request.nextUrl.searchParams.get(LOCALE_PARAM),
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
}

/** An address with `?lang=` remembers that language on this device. */
function rememberLocale(request: NextRequest, choice: LocaleChoice, response: NextResponse | Response): void {
  if (request.nextUrl.searchParams.get(LOCALE_PARAM) !== choice.locale || request.cookies.get(LOCALE_COOKIE)?.value === choice.locale) return;
  response.headers.append("set-cookie", localeSetCookie(choice.locale, request.nextUrl.protocol === "https:"));
}

/**
 * Runs before every request: a malformed address gets a 400 (an API) or the not-found page, never a
 * 500. Pages get a fresh nonce per request, a strict nonce-based Content-Security-Policy on the
 * response, and the same policy on the request so Next puts the nonce on its own scripts. A
 * reader of a topic may get the page from the short-lived page cache, with this nonce (someone signed
 * in gets the participants' page made theirs).
 * Every request is given its language (lib/i18n/negotiate) for the render.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = isMalformedPath(pathname);
  const locale = requestLocale(request);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(LOCALE_HEADER, locale.locale);
  if (locale.chosen) requestHeaders.set(LOCALE_CHOSEN_HEADER, "1");
  else requestHeaders.delete(LOCALE_CHOSEN_HEADER);
  if (pathname.startsWith("/api/")) {
    // Open data answers everyone alike: its handlers never see a cookie, so a session changes nothing.
    if (pathname.startsWith(OPEN_DATA_PREFIX)) requestHeaders.delete("cookie");
    if (!malformed) return NextResponse.next({ request: { headers: requestHeaders } });
    return NextResponse.json({ error: defaultTranslator()("problems.request.malformedAddress") }, { status: ERROR_TABLE.validation.status });
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const cached = malformed ? null : await cachedPageFor(request, locale, nonce, true);
  if (cached) {
    const response = new Response(cached.body, { status: 200, headers: cached.headers });
    rememberLocale(request, locale, response);
    return response;
  }
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // A path no route has: Next answers it with the not-found page and a 404.
  const response = malformed
    ? NextResponse.rewrite(new URL("/_not-found-address", request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  rememberLocale(request, locale, response);
  return response;
}

export const config = {
  // API routes only for the malformed-address check (their own handlers set their headers).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
