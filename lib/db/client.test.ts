import { describe, expect, it } from "vitest";
import { postgresOptions } from "./client";

describe("postgresOptions", () => {
  it("keeps prepared statements on a direct or session connection", () => {
    expect(postgresOptions({ mode: "session", size: 10 })).toMatchObject({ prepare: true, max: 10 });
  });

  it("turns prepared statements off behind a transaction pooler, with the configured pool size", () => {
    expect(postgresOptions({ mode: "transaction", size: 2 })).toMatchObject({ prepare: false, max: 2 });
  });

  it("never pipelines behind a transaction pooler (a query waits for the one before it on its connection)", () => {
    expect(postgresOptions({ mode: "transaction", size: 2 })).toMatchObject({ max_pipeline: 0 });
    expect(postgresOptions({ mode: "session", size: 2 })).not.toHaveProperty("max_pipeline");
  });

  it("fails fast on connecting, and sets a statement timeout only where the pooler allows it", () => {
    const settings = { size: 5, connectTimeoutSeconds: 5, statementTimeoutSeconds: 30 };
    expect(postgresOptions({ mode: "session", ...settings })).toMatchObject({ connect_timeout: 5, connection: { statement_timeout: 30_000 } });
    const pooled = postgresOptions({ mode: "transaction", ...settings });
    expect(pooled).toMatchObject({ connect_timeout: 5 });
    expect(pooled.connection).toBeUndefined();
    // Reconnects at a steady pace, not postgres.js's growing backoff (up to 20 s) that queued requests wait behind.
    expect(typeof pooled.backoff === "function" && pooled.backoff(12)).toBe(0.25);
  });
});
