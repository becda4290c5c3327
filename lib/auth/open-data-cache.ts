import "server-only";
import { createHash } from "node:crypto";
import { currentGeneration } from "@/lib/page-cache/page-cache";

/**
 * Open data answers kept in this process for OPEN_DATA_CACHE_SECONDS, by address (path and query):
 * a client polling the API costs a rate-limit count, not the queries. Any write through this server
 * (the page cache's write generation, which every process of a cluster hears) drops them at once;
 * another instance's writes show after the TTL. Only what anyone may read is ever stored here.
 */
export type OpenAnswer = { body: string; contentType: string; filename?: string; etag: string };
type Entry = OpenAnswer & { storedAt: number; generation: number };

const MAX_ENTRIES = 500;
const global = globalThis as typeof globalThis & { __letsTalkOpenDataCache?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  global.__letsTalkOpenDataCache ??= new Map();
  return global.__letsTalkOpenDataCache;
}

/** A strong validator of the exact bytes: equal bodies, equal tags, on every instance. */
function entityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether If-None-Match names this tag (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function matchesTag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** The stored answer for `key`, or a new one made by `make` (and stored when the TTL allows). */
export async function cachedAnswer(key: string, ttlSeconds: number, make: () => Promise<Omit<OpenAnswer, "etag">>, now = Date.now()): Promise<OpenAnswer> {
  const store = entries();
  const generation = currentGeneration();
  const found = store.get(key);
  if (found && found.generation === generation && now - found.storedAt < ttlSeconds * 1000) return found;
  const made = await make();
  const answer = { ...made, etag: entityTag(made.body) };
  if (ttlSeconds > 0) {
    store.delete(key);
    if (store.size >= MAX_ENTRIES) {
      const oldest = store.keys().next().value;
      if (oldest !== undefined) store.delete(oldest);
    }
    store.set(key, { ...answer, storedAt: now, generation });
  }
  return answer;
}
