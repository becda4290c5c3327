import postgres from "postgres";
import { closeDatabase, openDatabase } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/seed/prepare-database";
import { SERVER_URL, TOPICS_BENCH, type BenchTarget } from "./config";

async function withAdmin<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(SERVER_URL, { max: 1, onnotice: () => undefined });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

export async function createDatabase(target: BenchTarget = TOPICS_BENCH): Promise<void> {
  await withAdmin(async (sql) => {
    await sql.unsafe(`drop database if exists ${target.databaseName} with (force)`);
    await sql.unsafe(`create database ${target.databaseName}`);
  });
}

export async function dropDatabase(target: BenchTarget = TOPICS_BENCH): Promise<void> {
  await withAdmin((sql) => sql.unsafe(`drop database if exists ${target.databaseName} with (force)`));
}

export async function migrateAndSeed(target: BenchTarget = TOPICS_BENCH): Promise<string> {
  const handle = openDatabase({ url: target.databaseUrl, pgliteDir: "memory://" });
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
