import { count } from "drizzle-orm";
import type { DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { themes } from "@/lib/db/schema";
import { seedDemo } from "./seed-demo";

/** Migrates, then seeds the demo data when the database is empty (a fresh install). */
export async function prepareDatabase(handle: DatabaseHandle, options: { seed: boolean }): Promise<string> {
  await migrateDatabase(handle);
  if (!options.seed) return "migrated";
  const [row] = await handle.db.select({ total: count() }).from(themes);
  if ((row?.total ?? 0) > 0) return "migrated; demo data already present";
  const result = await seedDemo(handle.db);
  return `migrated; demo data seeded (${result.topicsCreated} topics)`;
}
