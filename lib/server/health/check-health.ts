import "server-only";
import { and, eq, lte, min, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { getFileStore, type FileStore } from "@/lib/storage";

/** Each check gets this long before it counts as failed: a health check must answer quickly. */
const CHECK_TIMEOUT_MS = 3_000;
/** Mail waiting longer than this to be sent makes the outbox "warn" (the site still works). */
const OUTBOX_WARN_SECONDS = 30 * 60;

type CheckResult = { status: "ok" | "fail"; ms: number };
export type Health = {
  status: "ok" | "fail";
  database: CheckResult;
  storage: CheckResult;
  outbox: { status: "ok" | "warn" | "unknown"; due: number | null; oldestDueSeconds: number | null };
};

/** Runs a check with a time limit: its result when it succeeds, and how it went. */
async function timed<T>(check: () => Promise<T>): Promise<CheckResult & { result: T | null }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timed out")), CHECK_TIMEOUT_MS)));
  try {
    const result = await Promise.race([check(), timeout]);
    return { status: "ok", ms: Math.round(performance.now() - started), result };
  } catch {
    return { status: "fail", ms: Math.round(performance.now() - started), result: null };
  } finally {
    clearTimeout(timer);
  }
}

/** Mail due to be sent now and not yet sent: how much, and how long the oldest has waited. */
async function outboxBacklog(now: Date): Promise<{ due: number; oldest: Date | null }> {
  const [row] = await getDb()
    .select({ due: sql<number>`count(*)`.mapWith(Number), oldest: min(emailOutbox.nextAttemptAt) })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, "queued"), lte(emailOutbox.nextAttemptAt, now)));
  return { due: row?.due ?? 0, oldest: row?.oldest ?? null };
}

/**
 * Whether the site can serve people now: the database answers, the file store can be written, and
 * how far behind the mail is. Names no host, key or address: safe to show anyone.
 */
export async function checkHealth(now = new Date(), store: FileStore = getFileStore()): Promise<Health> {
  const [databaseCheck, storageCheck] = await Promise.all([timed(() => outboxBacklog(now)), timed(() => store.ping())]);
  const database: CheckResult = { status: databaseCheck.status, ms: databaseCheck.ms };
  const storage: CheckResult = { status: storageCheck.status, ms: storageCheck.ms };
  const backlog = databaseCheck.result;
  const oldestDueSeconds = backlog?.oldest ? Math.max(0, Math.round((now.getTime() - backlog.oldest.getTime()) / 1000)) : null;
  const outbox = backlog
    ? { status: (oldestDueSeconds ?? 0) > OUTBOX_WARN_SECONDS ? ("warn" as const) : ("ok" as const), due: backlog.due, oldestDueSeconds }
    : { status: "unknown" as const, due: null, oldestDueSeconds: null };
  return { status: database.status === "ok" && storage.status === "ok" ? "ok" : "fail", database, storage, outbox };
}
