/**
 * Used only when DATABASE_URL is set (CI's second run, against a real PostgreSQL server): applies
 * the migrations once, before any test file, so files never race to migrate the shared database.
 */
import { closeDatabase, openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { env } from "@/lib/env";

export default async function migrateSharedDatabase(): Promise<void> {
  if (!env.DATABASE_URL) return;
  const handle = openDatabase({ url: env.DATABASE_URL, pgliteDir: "memory://" });
  try {
    await migrateDatabase(handle);
  } finally {
    await closeDatabase(handle);
  }
}
