/**
 * Database commands, run before the app starts (never beside a running server: a PGlite folder
 * must only ever be open in one process).
 *   tsx scripts/db.ts migrate   apply pending migrations
 *   tsx scripts/db.ts prepare   migrate, then seed demo data into an empty database
 *   tsx scripts/db.ts seed      seed demo data (idempotent)
 */
import "./load-env";
import { closeDatabase, getDatabaseHandle, openMigrationDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { prepareDatabase } from "@/lib/seed/prepare-database";
import { seedDemo } from "@/lib/seed/seed-demo";

async function main(command: string | undefined): Promise<string> {
  // Migrations go through DATABASE_MIGRATION_URL when the app's own URL is a transaction pooler.
  const handle = command === "seed" ? getDatabaseHandle() : openMigrationDatabase();
  try {
    if (command === "migrate") {
      await migrateDatabase(handle);
      return "migrations applied";
    }
    if (command === "prepare") return await prepareDatabase(handle, { seed: true });
    if (command === "seed") {
      const result = await seedDemo(handle.db);
      return `demo data seeded (${result.topicsCreated} new topics)`;
    }
    throw new Error(`Unknown command "${command ?? ""}": use migrate, prepare or seed`);
  } finally {
    await closeDatabase(handle);
  }
}

const target = env.DATABASE_URL ? "DATABASE_URL" : `PGlite at ${env.PGLITE_DIR}`;
main(process.argv[2]).then(
  (message) => console.log(`Database (${target}): ${message}`),
  (error: unknown) => {
    console.error(`Database (${target}) failed:`, error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
