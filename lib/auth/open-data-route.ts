import "server-only";
import { env } from "@/lib/env";
import { OPEN_DATA_LICENCE } from "@/lib/domain/open-data/licence";
import { clientAddress } from "@/lib/security/client-address";
import { encodeOpenCursor } from "@/lib/validations/open-data";
import { checkOpenDataAllowed } from "@/lib/server/open-data/check-open-data-allowed";
import { cachedAnswer, matchesTag, type OpenAnswer } from "./open-data-cache";
import { withPublic } from "./route";

/**
 * The open data API's route handlers (/api/open/v1): read-only, for anyone, from any site.
 *
 * - CORS: `Access-Control-Allow-Origin: *` on every answer, errors included, and a preflight answer
 *   (OPTIONS); never credentials. The proxy drops the request's cookies (proxy.ts), so someone
 *   signed in gets exactly what anyone else gets.
 * - Rate limited per network address (OPEN_DATA_RATE_LIMIT a minute): 429 with Retry-After.
 * - Cached: an ETag (304 on If-None-Match), `Cache-Control: public` for OPEN_DATA_CACHE_SECONDS with
 *   stale-while-revalidate, and the same answer kept in this process as long (lib/auth/open-data-cache.ts).
 * - Errors go through the app's funnel (withPublic): JSON `{ error, fieldErrors }` in the request's language.
 */

type Made = { json: unknown } | { csv: string; filename: string };
type Load<P> = (request: Request, params: P) => Promise<Made>;

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, Link, Content-Disposition",
} as const;

function cacheControl(): string {
  const seconds = env.OPEN_DATA_CACHE_SECONDS;
  return seconds > 0 ? `public, max-age=${seconds}, stale-while-revalidate=${seconds * 5}` : "no-cache";
}

function answerHeaders(answer: OpenAnswer): Headers {
  return new Headers({ ...CORS, "Cache-Control": cacheControl(), ETag: answer.etag, Link: `<${OPEN_DATA_LICENCE.url}>; rel="license"` });
}

function encode(made: Made): Omit<OpenAnswer, "etag"> {
  // A slug names the file: anything but letters, digits, dots and hyphens becomes a hyphen, so the header stays one safe token.
  if ("csv" in made) return { body: made.csv, contentType: "text/csv; charset=utf-8", filename: made.filename.replace(/[^A-Za-z0-9.-]/g, "-") };
  return { body: JSON.stringify(made.json), contentType: "application/json; charset=utf-8" };
}

/** A GET handler of the API: `load` returns the JSON (or CSV) for the request; everything else is here. */
export function openDataRoute<P>(load: Load<P>) {
  const inner = withPublic<P>(async (request, { params }) => {
    await checkOpenDataAllowed(clientAddress(request.headers) ?? "unknown");
    const url = new URL(request.url);
    const answer = await cachedAnswer(`${url.pathname}${url.search}`, env.OPEN_DATA_CACHE_SECONDS, async () => encode(await load(request, params)));
    const headers = answerHeaders(answer);
    if (matchesTag(request.headers.get("if-none-match"), answer.etag)) return new Response(null, { status: 304, headers });
    headers.set("Content-Type", answer.contentType);
    if (answer.filename) headers.set("Content-Disposition", `attachment; filename="${answer.filename}"`);
    return new Response(answer.body, { status: 200, headers });
  });
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const response = await inner(request, context);
    if (response.status >= 400) {
      for (const [name, value] of Object.entries(CORS)) response.headers.set(name, value);
      response.headers.set("Cache-Control", "no-store");
    }
    return response;
  };
}

/** The CORS preflight: any site may GET or HEAD, with If-None-Match; no credentials. */
export function openDataPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Accept, Accept-Language",
      "Access-Control-Max-Age": "86400",
      "Cache-Control": "public, max-age=86400",
    },
  });
}

/** The `next` link of a page: this address with the cursor after the page's last row (its key), or null on the last page. */
export function nextLink(request: Request, lastKey: string | null): string | null {
  if (lastKey === null) return null;
  const url = new URL(request.url);
  const next = new URL(`${url.pathname}${url.search}`, new URL(env.AUTH_URL).origin);
  next.searchParams.set("cursor", encodeOpenCursor(lastKey));
  return next.toString();
}
