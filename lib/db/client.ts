import "server-only";
import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { claimEmbeddedDatabase, releaseEmbeddedDatabase } from "./embedded-lock";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle a transaction callback receives; use cases accept either. */
export type Executor = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;

export type DatabaseHandle =
  | { kind: "pglite"; db: PgliteDatabase<typeof schema>; client: PGlite; dir: string }
  | { kind: "postgres"; db: PostgresJsDatabase<typeof schema>; client: postgres.Sql };

/**
 * PGlite and its drizzle driver (about 50 MB) are loaded only when a PGlite database is opened, so
 * a process on Postgres (the server in production, an export, a benchmark) never pays for them. A
 * plain require keeps `openDatabase` synchronous, and works alike under tsx, vitest and in the Next
 * build (where the package stays external: `serverExternalPackages` in next.config.js).
 */
function loadPglite() {
  const load = process.getBuiltinModule("node:module").createRequire(import.meta.url);
  const { PGlite: Pglite } = load("@electric-sql/pglite") as typeof import("@electric-sql/pglite");
  const { drizzle } = load("drizzle-orm/pglite") as typeof import("drizzle-orm/pglite");
  return { Pglite, drizzle };
}

/**
 * How the app connects to PostgreSQL. "session": a direct connection or a session pooler, where a
 * client keeps its server connection, so prepared statements are safe. "transaction": a transaction
 * pooler (Supabase's on port 6543, PgBouncer with pool_mode = transaction) hands one server
 * connection to many clients between transactions, so a statement prepared on one connection is
 * run on another: prepared statements must be off, or queries silently return other statements'
 * results.
 */
export type PoolSettings = { mode: "session" | "transaction"; size: number; connectTimeoutSeconds?: number; statementTimeoutSeconds?: number };

const RECONNECT_SECONDS = 0.25;

/**
 * The postgres.js options for a pool: prepared statements only where the pooler keeps them; a
 * connect timeout so a request fails fast (503, try again) while the database is away; and, on a
 * direct or session connection, a statement timeout (a transaction pooler refuses it as a start-up
 * parameter: set the pooler's own query_timeout there). Behind a transaction pooler no query is
 * pipelined behind another on a connection (postgres.js otherwise sends up to 100 without waiting):
 * with prepared statements off, each query with parameters starts with Parse, Describe and Flush, and
 * PgBouncer (1.18, Debian's, in CI) may hand the server back at the previous query's "ready", so the
 * describe's answer reaches a server linked to no one ("got packet from server when not linked") and
 * the query waits for ever. Inside a transaction the connection is ours, and queries still pipeline.
 */
export function postgresOptions(pool: PoolSettings): postgres.Options<Record<string, postgres.PostgresType>> {
  const statementTimeout = pool.mode === "session" && pool.statementTimeoutSeconds ? { statement_timeout: pool.statementTimeoutSeconds * 1000 } : undefined;
  return {
    max: pool.size,
    prepare: pool.mode === "session",
    ...(pool.mode === "transaction" ? { max_pipeline: 0 } : {}),
    onnotice: () => undefined,
    // postgres.js waits 3^n/100 s (up to 20 s) between attempts after failures, and queued queries
    // wait with it: a constant quarter second keeps requests failing fast (503) while the database
    // is away, and picks it up again within a moment of its return.
    backoff: () => RECONNECT_SECONDS,
    ...(pool.connectTimeoutSeconds ? { connect_timeout: pool.connectTimeoutSeconds } : {}),
    ...(statementTimeout ? { connection: statementTimeout } : {}),
  };
}

const configuredPool = (): PoolSettings => ({
  mode: env.DATABASE_POOL_MODE,
  size: env.DATABASE_POOL_SIZE,
  connectTimeoutSeconds: env.DATABASE_CONNECT_TIMEOUT_SECONDS,
  statementTimeoutSeconds: env.DATABASE_STATEMENT_TIMEOUT_SECONDS,
});

/** Opens a database: PGlite at `pgliteDir` (a folder or `memory://`), or Postgres at `url`. */
export function openDatabase(target: { url?: string; pgliteDir: string; pool?: PoolSettings }): DatabaseHandle {
  if (target.url) {
    const client = postgres(target.url, postgresOptions(target.pool ?? configuredPool()));
    return { kind: "postgres", db: drizzlePostgres(client, { schema }), client };
  }
  const onDisk = !target.pgliteDir.includes("://");
  if (onDisk) {
    mkdirSync(target.pgliteDir, { recursive: true });
    claimEmbeddedDatabase(target.pgliteDir);
  }
  const { Pglite, drizzle } = loadPglite();
  const client = new Pglite(target.pgliteDir);
  return { kind: "pglite", db: drizzle(client, { schema }), client, dir: target.pgliteDir };
}

export async function closeDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "postgres") await handle.client.end({ timeout: 5 });
  else {
    await handle.client.close();
    if (!handle.dir.includes("://")) releaseEmbeddedDatabase(handle.dir);
  }
}

// One handle per process, kept on globalThis: a PGlite folder must never be opened twice (two
// instances lose writes silently), and Next may evaluate this module in more than one bundle.
const store = globalThis as typeof globalThis & { __letsTalkDatabase?: DatabaseHandle };

/** The process's database handle, opened lazily on first use (never at build time). */
export function getDatabaseHandle(): DatabaseHandle {
  store.__letsTalkDatabase ??= openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  return store.__letsTalkDatabase;
}

/**
 * A handle for schema changes: DATABASE_MIGRATION_URL (a direct or session connection) when the app's
 * own URL goes through a transaction pooler, else the process's database. Close it with
 * `closeDatabase` when it is not the process's own handle.
 */
export function openMigrationDatabase(): DatabaseHandle {
  if (!env.DATABASE_MIGRATION_URL) return getDatabaseHandle();
  return openDatabase({ url: env.DATABASE_MIGRATION_URL, pgliteDir: env.PGLITE_DIR, pool: { mode: "session", size: 1 } });
}

export function getDb(): Database {
  return getDatabaseHandle().db;
}
