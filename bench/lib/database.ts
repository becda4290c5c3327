import postgres from "postgres";
import { closeDatabase, openDatabase } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/seed/prepare-database";
import { DATABASE_NAME, DATABASE_URL, SERVER_URL } from "./config";

async function withAdmin<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(SERVER_URL, { max: 1, onnotice: () => undefined });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

export async function createDatabase(): Promise<void> {
  await withAdmin(async (sql) => {
    await sql.unsafe(`drop database if exists ${DATABASE_NAME} with (force)`);
    await sql.unsafe(`create database ${DATABASE_NAME}`);
  });
}

export async function dropDatabase(): Promise<void> {
  await withAdmin((sql) => sql.unsafe(`drop database if exists ${DATABASE_NAME} with (force)`));
}

export async function migrateAndSeed(): Promise<string> {
  const handle = openDatabase({ url: DATABASE_URL, pgliteDir: "memory://" });
  try {
    return await prepareDatabase(handle, { seed: true });
  } finally {
    await closeDatabase(handle);
  }
}

export async function countComments(sql: postgres.Sql, topicId: string): Promise<number> {
  const [row] = await sql<{ total: number }[]>`select count(*)::int as total from comments where topic_id = ${topicId}`;
  return row?.total ?? 0;
}
