import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { CachedResponse } from "./serve-cached-page";

/**
 * The page cache in front of Next: `npm start`'s server (scripts/serve.ts) asks it first, so a
 * cached page is sent without Next's routing, request objects and streams. The proxy registers it
 * when Next loads it (proxy.ts), with the same rules it applies itself; until then, and for anything
 * it does not answer (a miss, a page that is not cached), Next handles the request and the proxy
 * fills the cache. Kept on globalThis: the server and Next's bundles are separate module graphs in
 * one process.
 */
export type FrontRequest = { method: string; url: string; headers: IncomingHttpHeaders };
export type FrontCache = (request: FrontRequest) => Promise<CachedResponse | null>;

const slot = globalThis as typeof globalThis & { __letsTalkFrontCache?: FrontCache };

export function registerFrontCache(front: FrontCache): void {
  slot.__letsTalkFrontCache = front;
}

function frontCache(): FrontCache | undefined {
  return slot.__letsTalkFrontCache;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const single = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

/** A Node request seen as the proxy sees a request: its address, headers and cookies. */
export function pageRequest(request: FrontRequest) {
  const url = new URL(request.url, "http://localhost");
  const cookies = new Map(
    (single(request.headers.cookie) ?? "")
      .split(";")
      .map((pair) => pair.trim().split("="))
      .filter((parts): parts is [string, string] => parts.length >= 2 && Boolean(parts[0]))
      .map(([name, ...value]) => [name, decoded(value.join("="))]),
  );
  return {
    method: request.method,
    nextUrl: { pathname: url.pathname, search: url.search, searchParams: url.searchParams },
    headers: { get: (name: string) => single(request.headers[name]), has: (name: string) => request.headers[name] !== undefined },
    cookies: { get: (name: string) => (cookies.has(name) ? { value: cookies.get(name) ?? "" } : undefined) },
  };
}

const gzip = promisify(zlib.gzip);

/**
 * For `npm start`'s server: sends the page from the cache when the front cache has it (gzipped for a
 * browser that accepts it, as Next would), and says whether it did; else Next is to handle the request.
 */
export async function answerFromPageCache(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const front = frontCache();
  if (!front || request.method !== "GET") return false;
  const hit = await front({ method: request.method, url: request.url ?? "/", headers: request.headers }).catch(() => null);
  if (!hit) return false;
  const compress = /\bgzip\b/.test(single(request.headers["accept-encoding"]) ?? "");
  const body = compress ? await gzip(hit.body) : Buffer.from(hit.body);
  const headers = hit.headers.filter(([name]) => name !== "vary").flat();
  const vary = hit.headers.find(([name]) => name === "vary")?.[1];
  headers.push("vary", vary ? (/accept-encoding/i.test(vary) ? vary : `${vary}, Accept-Encoding`) : "Accept-Encoding", "content-length", String(body.byteLength));
  if (compress) headers.push("content-encoding", "gzip");
  response.writeHead(200, headers);
  response.end(body);
  return true;
}
