import type { Cluster } from "node:cluster";

/** The message a server process sends when a write should clear every process's page cache. */
export const PAGE_CACHE_WRITE = "lets-talk:page-cache-write";

type Message = { type?: unknown };
const isWrite = (message: unknown): boolean => typeof message === "object" && message !== null && (message as Message).type === PAGE_CACHE_WRITE;

/** In the primary process: passes each worker's write on to every other worker. */
export function relayPageCacheWrites(cluster: Cluster): void {
  cluster.on("message", (from, message: unknown) => {
    if (!isWrite(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker !== from) worker.send({ type: PAGE_CACHE_WRITE });
  });
}

/** In a worker: tells the others about a write, and clears this cache when another one writes. */
export function shareWritesAcrossWorkers(isWorker: boolean, clearLocal: () => void): { announce: () => void } {
  if (!isWorker || !process.send) return { announce: () => undefined };
  process.on("message", (message: unknown) => {
    if (isWrite(message)) clearLocal();
  });
  return { announce: () => process.send?.({ type: PAGE_CACHE_WRITE }) };
}
