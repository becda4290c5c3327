import "server-only";
import type { SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";

const ZRawResult = z.union([z.array(z.unknown()), z.object({ rows: z.array(z.unknown()) })]);

/** Runs a raw query and checks its rows: PGlite and postgres.js shape their results differently. */
export async function queryRows<S extends z.ZodType>(executor: Executor, query: SQL, row: S): Promise<z.output<S>[]> {
  const result = ZRawResult.parse(await executor.execute(query));
  return z.array(row).parse(Array.isArray(result) ? result : result.rows);
}
