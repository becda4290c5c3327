import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const SECRET = "cron-secret-for-tests-0123456789";

async function refuse(headers: Record<string, string>) {
  const { refuseCronRequest } = await import("./cron-request");
  return refuseCronRequest(new Request("http://localhost/api/jobs/run", { method: "POST", headers }));
}

describe("refuseCronRequest", () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllEnvs());

  it("keeps the endpoint off while CRON_SECRET is unset", async () => {
    vi.stubEnv("CRON_SECRET", "");
    const response = await refuse({ authorization: `Bearer ${SECRET}` });
    expect(response?.status).toBe(404);
    expect(await response?.json()).toEqual({ error: "CRON_SECRET is not set, so this endpoint is off." });
  });

  it("refuses a missing or wrong bearer token", async () => {
    vi.stubEnv("CRON_SECRET", SECRET);
    expect((await refuse({}))?.status).toBe(401);
    expect((await refuse({ authorization: `Bearer ${SECRET.slice(0, -1)}x` }))?.status).toBe(401);
    expect((await refuse({ authorization: SECRET }))?.status).toBe(401);
  });

  it("lets the right token through", async () => {
    vi.stubEnv("CRON_SECRET", SECRET);
    expect(await refuse({ authorization: `Bearer ${SECRET}` })).toBeNull();
  });
});
