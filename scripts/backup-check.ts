/**
 * Backs up the demo and restores it into a fresh database, for PostgreSQL (pg_dump / pg_restore, as
 * for a Supabase project) and for the embedded database (an archive of its data folder), then compares
 * the row count of every table. Exits 1 when any count differs.
 *   npm run db:backup-check      (PostgreSQL at BACKUP_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { closeDatabase, openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/seed/prepare-database";

const SERVER = process.env.BACKUP_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
type Counts = Map<string, number>;
type Query = (text: string) => Promise<Record<string, unknown>[]>;

/** Rows in every table of the database (the app's and Drizzle's migration record). */
async function countRows(query: Query): Promise<Counts> {
  const tables = await query(
    `select table_schema || '.' || table_name as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1`,
  );
  const counts: Counts = new Map();
  for (const { name } of tables) {
    const [schema, table] = String(name).split(".");
    const [row] = await query(`select count(*)::int as total from "${schema}"."${table}"`);
    counts.set(String(name), Number(row?.total ?? 0));
  }
  return counts;
}

function compare(label: string, before: Counts, after: Counts): boolean {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  const differing = names.filter((name) => before.get(name) !== after.get(name));
  const rows = [...before.values()].reduce((sum, count) => sum + count, 0);
  console.log(`${label}: ${names.length} tables, ${rows} rows backed up; ${differing.length === 0 ? "every count matches after restore" : "MISMATCH"}`);
  for (const name of differing) console.log(`  ${name}: ${before.get(name) ?? "missing"} before, ${after.get(name) ?? "missing"} after`);
  return differing.length === 0 && names.length > 0;
}

const databaseUrl = (name: string) => Object.assign(new URL(SERVER), { pathname: `/${name}` }).toString();

async function seededDemo(handle: DatabaseHandle): Promise<void> {
  try {
    await prepareDatabase(handle, { seed: true });
  } finally {
    await closeDatabase(handle);
  }
}

async function checkPostgres(folder: string): Promise<boolean> {
  const [source, target] = [`lets_talk_backup_${process.pid}`, `lets_talk_restore_${process.pid}`];
  const admin = postgres(SERVER, { max: 1, onnotice: () => undefined });
  try {
    for (const name of [source, target]) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${source}`);
    await seededDemo(openDatabase({ url: databaseUrl(source), pgliteDir: "memory://" }));
    const dump = path.join(folder, "demo.dump");
    // The documented commands: a custom-format dump without owners, restored into an empty database.
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${dump}`, databaseUrl(source)], { stdio: "inherit" });
    await admin.unsafe(`create database ${target}`);
    execFileSync("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${databaseUrl(target)}`, dump], { stdio: "inherit" });
    const counts = async (name: string) => {
      const sql = postgres(databaseUrl(name), { max: 1, onnotice: () => undefined });
      try {
        return await countRows((text) => sql.unsafe(text));
      } finally {
        await sql.end();
      }
    };
    return compare("PostgreSQL (pg_dump / pg_restore)", await counts(source), await counts(target));
  } finally {
    for (const name of [source, target]) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function checkEmbedded(folder: string): Promise<boolean> {
  const dataDir = path.join(folder, "pglite");
  await seededDemo(openDatabase({ pgliteDir: dataDir }));
  // The documented backup: with the server stopped, an archive of the data folder; restored by unpacking it.
  const archive = path.join(folder, "pglite-backup.tar.gz");
  execFileSync("tar", ["-czf", archive, "-C", folder, "pglite"]);
  const restoredDir = path.join(folder, "restored");
  mkdirSync(restoredDir);
  execFileSync("tar", ["-xzf", archive, "-C", restoredDir]);
  const counts = async (dir: string) => {
    const handle = openDatabase({ pgliteDir: dir });
    if (handle.kind !== "pglite") throw new Error("expected PGlite");
    try {
      return await countRows(async (text) => (await handle.client.query<Record<string, unknown>>(text)).rows);
    } finally {
      await closeDatabase(handle);
    }
  };
  return compare("Embedded PGlite (archive of the data folder)", await counts(dataDir), await counts(path.join(restoredDir, "pglite")));
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), "lets-talk-backup-"));
  try {
    const results = [await checkPostgres(folder), await checkEmbedded(folder)];
    if (results.includes(false)) process.exitCode = 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
