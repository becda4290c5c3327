import { defineConfig } from "drizzle-kit";

// drizzle-kit writes the single schema history as Supabase-style migrations:
// supabase/migrations/<timestamp>_<name>.sql, applied alike to PGlite, a local Postgres and Supabase.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./supabase/migrations",
  migrations: { prefix: "supabase" },
  strict: true,
});
