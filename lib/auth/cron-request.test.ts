import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { en } from "@/tests/support/messages";

const SECRET = "cron-secret-for-tests-0123456789";

async function check(headers: Record<string, string>): Promise<unknown> {
  const { checkCronRequest } = await import("./cron-request");
  try {
    checkCronRequest(new Request("http://localhost/api/jobs/run", { method: "POST", headers }));
    return null;
  } catch (error) {
    return error;
  }
}

describe("checkCronRequest", () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllEnvs());

  it("keeps the endpoint off while CRON_SECRET is unset: a 404 that says so", async () => {
    vi.stubEnv("CRON_SECRET", "");
    const refused = await check({ authorization: `Bearer ${SECRET}` });
    expect(refused).toMatchObject({ code: "not_found", message: "problems.cron.off" });
    expect(en("problems.cron.off")).toBe("CRON_SECRET is not set, so this endpoint is off.");
  });

  it("refuses a missing or wrong bearer token as unauthenticated (401)", async () => {
    vi.stubEnv("CRON_SECRET", SECRET);
    for (const headers of [{}, { authorization: `Bearer ${SECRET.slice(0, -1)}x` }, { authorization: SECRET }] as Record<string, string>[]) {
      expect(await check(headers)).toMatchObject({ code: "unauthenticated", message: "problems.cron.wrongToken" });
    }
  });

  it("lets the right token through", async () => {
    vi.stubEnv("CRON_SECRET", SECRET);
    expect(await check({ authorization: `Bearer ${SECRET}` })).toBeNull();
  });
});
