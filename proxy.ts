import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { ERROR_TABLE } from "@/lib/errors";
import { LOCALE_CHOSEN_HEADER, LOCALE_HEADER } from "@/lib/i18n/locale-headers";
import { chooseLocale, LOCALE_COOKIE, LOCALE_PARAM, localeSetCookie, type LocaleChoice } from "@/lib/i18n/negotiate";
import { defaultTranslator } from "@/lib/i18n/translator";
import { topicPageViewer } from "@/lib/auth/topic-page-viewer";
import { cacheVariant, sessionToken } from "@/lib/page-cache/cacheable-request";
import { serveCachedPage } from "@/lib/page-cache/serve-cached-page";
import { contentSecurityPolicy } from "@/lib/security/csp";

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
 * A topic page from the page cache: the signed-out page, or for someone signed in the page every
 * participant shares, made theirs (their language when they have not chosen one on this device).
 */
async function cachedTopicPage(request: NextRequest, locale: LocaleChoice, nonce: string, policy: string): Promise<Response | null> {
  const variant = cacheVariant(request);
  const ttlMs = env.PAGE_CACHE_SECONDS * 1000;
  if (!variant || ttlMs <= 0) return null;
  if (variant === "public") return serveCachedPage(request, { variant, locale: locale.locale, nonce, policy, ttlMs });
  const reader = await topicPageViewer(sessionToken(request.cookies) ?? "", request.nextUrl.pathname.slice("/topics/".length));
  if (!reader) return null;
  const language = locale.chosen ? locale.locale : (reader.locale ?? locale.locale);
  return serveCachedPage(request, { variant, locale: language, nonce, policy, ttlMs, viewer: reader.viewer });
}

function requestLocale(request: NextRequest): LocaleChoice {
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
    if (!malformed) return NextResponse.next({ request: { headers: requestHeaders } });
    return NextResponse.json({ error: defaultTranslator()("problems.request.malformedAddress") }, { status: ERROR_TABLE.validation.status });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const cached = malformed ? null : await cachedTopicPage(request, locale, nonce, policy);
  if (cached) {
    rememberLocale(request, locale, cached);
    return cached;
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
