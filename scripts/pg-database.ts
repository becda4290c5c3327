/**
 * Creates or drops a database on a PostgreSQL server (CI's fresh database for the integration tests).
 *   tsx scripts/pg-database.ts create|drop <name> [server-url]
 */
import postgres from "postgres";

const [command, name, server = "postgres://postgres@127.0.0.1:5432/postgres"] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Give a database name of lower-case letters, digits and underscores");
  const sql = postgres(server, { max: 1, onnotice: () => undefined });
  try {
    if (command === "create") await sql.unsafe(`create database ${name}`);
    else if (command === "drop") await sql.unsafe(`drop database if exists ${name} with (force)`);
    else throw new Error(`Unknown command "${command ?? ""}": use create or drop`);
  } finally {
    await sql.end();
  }
  console.log(`${command === "create" ? "created" : "dropped"} database ${name}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
