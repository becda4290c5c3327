import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { MIGRATIONS_FOLDER, migrateDatabase } from "@/lib/db/migrate";
import { env } from "@/lib/env";

const EXPECTED_TABLES = [
  "accounts",
  "audit_log",
  "communities_of_interest",
  "email_outbox",
  "neighbourhoods",
  "network_members",
  "networks",
  "organisations",
  "rate_limits",
  "sessions",
  "themes",
  "topic_communities",
  "topic_key_dates",
  "topic_neighbourhoods",
  "topic_themes",
  "topics",
  "users",
  "verification_tokens",
];

const journal: { entries: unknown[] } = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"));

/** Runs SQL on either kind of handle and returns the rows. */
async function query<T extends Record<string, unknown>>(handle: DatabaseHandle, text: string): Promise<T[]> {
  if (handle.kind === "pglite") return (await handle.client.query<T>(text)).rows;
  return (await handle.client.unsafe(text)) as unknown as T[];
}

/** The checks every freshly migrated database must pass, whatever engine holds it. */
function describeMigratedDatabase(open: () => Promise<DatabaseHandle | null>) {
  let handle: DatabaseHandle | null = null;

  beforeAll(async () => {
    handle = await open();
    if (handle) await migrateDatabase(handle);
  });

  const current = (skip: () => never): DatabaseHandle => handle ?? skip();

  it("creates every expected table in schema public", async ({ skip }) => {
    const rows = await query<{ tablename: string }>(current(skip), "select tablename from pg_tables where schemaname = 'public' order by tablename");
    expect(rows.map((row) => row.tablename)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
  });

  it("enables row level security on every table in schema public", async ({ skip }) => {
    const rows = await query<{ tablename: string; rowsecurity: boolean }>(current(skip), "select tablename, rowsecurity from pg_tables where schemaname = 'public' order by tablename");
    expect(rows.length).toBeGreaterThanOrEqual(EXPECTED_TABLES.length);
    expect(rows.filter((row) => !row.rowsecurity).map((row) => row.tablename)).toEqual([]);
  });

  it("records every migration in the journal, and applying again is a no-op", async ({ skip }) => {
    const db = current(skip);
    const countApplied = async () => Number((await query<{ total: number | string }>(db, "select count(*) as total from drizzle.__drizzle_migrations"))[0]?.total);
    const tables = async () => (await query<{ tablename: string }>(db, "select tablename from pg_tables where schemaname = 'public' order by tablename")).map((row) => row.tablename);
    const before = { applied: await countApplied(), tables: await tables() };
    expect(before.applied).toBe(journal.entries.length);
    await migrateDatabase(db);
    expect({ applied: await countApplied(), tables: await tables() }).toEqual(before);
  });

  it("refuses UPDATE, DELETE and TRUNCATE on the audit log", async ({ skip }) => {
    const db = current(skip);
    const subject = randomUUID();
    await query(db, `insert into audit_log (action, subject_type, subject_id) values ('test.appended', 'test', '${subject}')`);
    await expect(query(db, `update audit_log set action = 'test.rewritten' where subject_id = '${subject}'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(query(db, `delete from audit_log where subject_id = '${subject}'`)).rejects.toThrow(/append-only: DELETE/);
    await expect(query(db, "truncate audit_log")).rejects.toThrow(/append-only: TRUNCATE/);
    const rows = await query<{ action: string }>(db, `select action from audit_log where subject_id = '${subject}'`);
    expect(rows).toEqual([{ action: "test.appended" }]);
  });

  it("lets an entry lose personal data for an erasure, but never gain or change any", async ({ skip }) => {
    const db = current(skip);
    const subject = randomUUID();
    await query(db, `insert into audit_log (action, subject_type, subject_id, details) values ('test.added', 'test', '${subject}', '{"email": "a@example.org", "emails": ["a@example.org", "b@example.org"], "frequency": "weekly"}')`);
    await query(db, `update audit_log set details = details - 'email' where subject_id = '${subject}'`);
    await query(db, `update audit_log set details = jsonb_set(details, '{emails}', '["b@example.org"]') where subject_id = '${subject}'`);
    await expect(query(db, `update audit_log set details = details || '{"frequency": "monthly"}' where subject_id = '${subject}'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(query(db, `update audit_log set details = details || '{"added": true}' where subject_id = '${subject}'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(query(db, `update audit_log set subject_id = 'other' where subject_id = '${subject}'`)).rejects.toThrow(/append-only: UPDATE/);
    const rows = await query<{ details: unknown }>(db, `select details from audit_log where subject_id = '${subject}'`);
    expect(rows).toEqual([{ details: { emails: ["b@example.org"], frequency: "weekly" } }]);
  });

  return {
    close: async () => {
      if (handle) await closeDatabase(handle);
    },
  };
}

describe("migrations on an empty PGlite database", () => {
  const target = describeMigratedDatabase(async () => openDatabase({ pgliteDir: "memory://" }));
  afterAll(() => target.close());
});

/** The server's maintenance database, on the server DATABASE_URL names or the local default. */
function adminUrl(): string {
  if (!env.DATABASE_URL) return "postgres://postgres@127.0.0.1:5432/postgres";
  const url = new URL(env.DATABASE_URL);
  url.pathname = "/postgres";
  return url.toString();
}

describe("migrations on an empty database on a PostgreSQL server", () => {
  const name = `lt_migrations_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  let admin: postgres.Sql | null = null;

  const target = describeMigratedDatabase(async () => {
    const candidate = postgres(adminUrl(), { max: 1, connect_timeout: 5, onnotice: () => undefined });
    try {
      await candidate`select 1`;
    } catch (error) {
      console.warn(`Skipping the PostgreSQL server migration checks: cannot connect (${error instanceof Error ? error.message : String(error)})`);
      await candidate.end({ timeout: 1 });
      return null;
    }
    admin = candidate;
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    return openDatabase({ url: url.toString(), pgliteDir: "memory://" });
  });

  afterAll(async () => {
    await target.close();
    if (admin) {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    }
  });
});
