import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDatabase, openDatabase } from "@/lib/db/client";
import { themes } from "@/lib/db/schema";
import { prepareDatabase } from "@/lib/seed/prepare-database";

// Each test opens its own in-memory database: what `npm run dev` does to an empty one.
const SEEDING = { timeout: 60_000 };

describe("prepareDatabase", () => {
  it("migrates and seeds an empty database once, and can migrate without seeding", SEEDING, async () => {
    const handle = openDatabase({ pgliteDir: "memory://" });
    try {
      expect(await prepareDatabase(handle, { seed: true })).toBe("migrated; demo data seeded (3 topics)");
      expect(await prepareDatabase(handle, { seed: true })).toBe("migrated; demo data already present");
      expect(await prepareDatabase(handle, { seed: false })).toBe("migrated");
      const [row] = await handle.db.select({ total: count() }).from(themes);
      expect(row?.total).toBe(10);
    } finally {
      await closeDatabase(handle);
    }
  });

  it("only migrates when asked not to seed", async () => {
    const handle = openDatabase({ pgliteDir: "memory://" });
    try {
      expect(await prepareDatabase(handle, { seed: false })).toBe("migrated");
      const [row] = await handle.db.select({ total: count() }).from(themes);
      expect(row?.total).toBe(0);
    } finally {
      await closeDatabase(handle);
    }
  });
});
