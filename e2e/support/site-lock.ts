import postgres from "postgres";
import { E2E_DATABASE_URL } from "./settings";

/**
 * Journeys run side by side (one worker per core) and each makes its own people and data. A few
 * check something that is the whole site's by nature: the dashboard's totals, the page cache (any
 * write clears it), the newest 50 emails of the outbox, the first 100 comments of the moderation
 * queue, or "queue every contact's due summary". Those are tagged `@alone` and run while no other
 * journey does: every test holds a PostgreSQL advisory lock shared, an `@alone` test holds it
 * exclusively. PostgreSQL queues a shared request behind a waiting exclusive one, so an `@alone`
 * test waits only for the journeys already running. Hooks that write data outside a test (the
 * XSS corpus, the authorisation matrix's records) hold it shared too.
 */
const KEY = 0x1e2e_5a7e;

export type LockMode = "shared" | "alone";

export class SiteLock {
  // One connection of its own, never recycled while it holds the lock.
  private readonly sql = postgres(E2E_DATABASE_URL, { max: 1, max_lifetime: null, onnotice: () => undefined });

  async acquire(mode: LockMode): Promise<void> {
    if (mode === "alone") await this.sql`select pg_advisory_lock(${KEY})`;
    else await this.sql`select pg_advisory_lock_shared(${KEY})`;
  }

  async release(mode: LockMode): Promise<void> {
    if (mode === "alone") await this.sql`select pg_advisory_unlock(${KEY})`;
    else await this.sql`select pg_advisory_unlock_shared(${KEY})`;
  }

  /** Runs `work` holding the lock shared: for hooks that write outside a test. */
  async shared<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire("shared");
    try {
      return await work();
    } finally {
      await this.release("shared");
    }
  }

  end(): Promise<void> {
    return this.sql.end({ timeout: 5 });
  }
}

/** The tag that makes a test run alone. */
export const ALONE = "@alone";
