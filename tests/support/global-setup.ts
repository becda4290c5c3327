/**
 * Used only when DATABASE_URL is set (CI's second run, against a real PostgreSQL server): applies
 * the migrations once, before any test file, so files never race to migrate the shared database.
 */
import { closeDatabase, openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { env } from "@/lib/env";

export default async function migrateSharedDatabase(): Promise<void> {
  if (!env.DATABASE_URL) return;
  // Through a transaction pooler (CI's PgBouncer run), migrate over the direct connection, as a deployment would.
  const handle = openDatabase({ url: env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL, pgliteDir: "memory://", pool: { mode: "session", size: 1 } });
  try {
    await migrateDatabase(handle);
  } finally {
    await closeDatabase(handle);
  }
}
