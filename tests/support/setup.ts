/**
 * Runs in every test file before it is imported. Integration files get a database: by default
 * each file its own in-memory PGlite (Vitest runs every file in a fresh module graph), migrated
 * here; with DATABASE_URL, the shared server database that global-setup.ts migrated once.
 */
import { afterAll, beforeAll } from "vitest";

process.env.PGLITE_DIR ??= "memory://";
Object.assign(process.env, { NODE_ENV: "test" });

if (!process.env.DATABASE_URL && !process.env.PGLITE_DIR.startsWith("memory://")) {
  // A PGlite folder must only ever be open in one process: never share the dev server's.
  throw new Error(`Tests use an in-memory PGlite database; unset PGLITE_DIR (it is "${process.env.PGLITE_DIR}").`);
}

const isIntegration = (filepath: string) => filepath.split(/[\\/]/).join("/").includes("/tests/integration/");

beforeAll(async ({}, suite) => {
  if (!isIntegration(suite.file.filepath)) return;
  const { getDatabaseHandle } = await import("@/lib/db/client");
  const handle = getDatabaseHandle();
  if (handle.kind === "pglite") {
    const { migrateDatabase } = await import("@/lib/db/migrate");
    await migrateDatabase(handle);
  }
});

afterAll(async ({}, suite) => {
  if (!isIntegration(suite.file.filepath)) return;
  const { closeDatabase, getDatabaseHandle } = await import("@/lib/db/client");
  await closeDatabase(getDatabaseHandle());
});
