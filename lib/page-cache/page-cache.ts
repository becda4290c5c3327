/**
 * A small in-process cache of whole pages for signed-out readers (see proxy.ts). Kept on globalThis:
 * the proxy and the app's server actions are separate bundles in one process, and both must see the
 * same store and the same write generation.
 *
 * Freshness: an entry lives `ttlMs` at most, and any write made through this server (a server
 * action or a mutating route handler calls `noteWrite`, which the other processes of a cluster hear
 * about) drops every entry at once. Another machine's writes show after the TTL. The nonce a page was rendered with is kept, so each response can carry
 * its own fresh one.
 */
import cluster from "node:cluster";
import { shareWritesAcrossWorkers } from "./cluster";
import type { FormTokens } from "./fill-request";

/** A rendered page: its body with the nonce (and, for participants, the form values) it was rendered with. */
export type CachedPage = { body: string; nonce: string; tokens?: FormTokens; headers: [string, string][]; storedAt: number; generation: number };

type Store = { pages: Map<string, CachedPage>; filling: Map<string, Promise<CachedPage | null>>; generation: number; announce: () => void };

const MAX_PAGES = 200;
const global = globalThis as typeof globalThis & { __letsTalkPageCache?: Store };

function clearLocal(current: Store): void {
  current.generation += 1;
  current.pages.clear();
}

function store(): Store {
  if (!global.__letsTalkPageCache) {
    const created: Store = { pages: new Map(), filling: new Map(), generation: 0, announce: () => undefined };
    // Several server processes (WEB_CONCURRENCY): a write in one clears every other's cache too.
    created.announce = shareWritesAcrossWorkers(cluster.isWorker, () => clearLocal(created)).announce;
    global.__letsTalkPageCache = created;
  }
  return global.__letsTalkPageCache;
}

/** Something changed: no cached page may be served again, in this process or any other. */
export function noteWrite(): void {
  const current = store();
  clearLocal(current);
  current.announce();
}

export function currentGeneration(): number {
  return store().generation;
}

export function readPage(key: string, ttlMs: number, now = Date.now()): CachedPage | null {
  const { pages, generation } = store();
  const page = pages.get(key);
  if (!page) return null;
  if (page.generation !== generation || now - page.storedAt >= ttlMs) {
    pages.delete(key);
    return null;
  }
  return page;
}

/** Keeps a page unless a write happened while it was being rendered; the oldest goes when full. */
export function storePage(key: string, page: CachedPage): void {
  const { pages, generation } = store();
  if (page.generation !== generation) return;
  pages.delete(key);
  pages.set(key, page);
  if (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value as string);
}

/** One render per key at a time: concurrent misses wait for the same fill. */
export function fillOnce(key: string, fill: () => Promise<CachedPage | null>): Promise<CachedPage | null> {
  const { filling } = store();
  const running = filling.get(key);
  if (running) return running;
  const started = fill().finally(() => filling.delete(key));
  filling.set(key, started);
  return started;
}
