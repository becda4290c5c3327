import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { checkHealth } from "@/lib/server/health/check-health";
import type { FileStore } from "@/lib/storage";
import { uniqueTag } from "@/tests/support/factories";

const store = (ping: () => Promise<void>): FileStore => ({
  put: async () => undefined,
  read: async () => null,
  signedUrl: async () => null,
  remove: async () => undefined,
  ping,
});
const working = store(async () => undefined);

describe("checkHealth", () => {
  it("is ok when the database answers and the store can be written", async () => {
    const health = await checkHealth(new Date(), working);
    expect(health).toMatchObject({ status: "ok", database: { status: "ok" }, storage: { status: "ok" } });
    expect(Object.keys(health.database).sort()).toEqual(["ms", "status"]);
    expect(health.outbox.due).toEqual(expect.any(Number));
  });

  it("fails when the file store cannot be used, and names nothing about it", async () => {
    const health = await checkHealth(new Date(), store(async () => Promise.reject(new Error("EACCES: /srv/secret/uploads"))));
    expect(health).toMatchObject({ status: "fail", database: { status: "ok" }, storage: { status: "fail" } });
    expect(JSON.stringify(health)).not.toContain("secret");
  });

  it("warns when mail due to go has waited over half an hour", async () => {
    const key = uniqueTag("health-");
    await enqueueEmail(getDb(), { to: "late@example.org", subject: "s", text: "t", html: "<p>t</p>", category: "sign-in", idempotencyKey: key });
    const now = new Date();
    await getDb()
      .update(emailOutbox)
      .set({ nextAttemptAt: new Date(now.getTime() - 2 * 3600_000) })
      .where(eq(emailOutbox.idempotencyKey, key));
    try {
      const health = await checkHealth(now, working);
      expect(health.status).toBe("ok");
      expect(health.outbox.status).toBe("warn");
      expect(health.outbox.due).toBeGreaterThanOrEqual(1);
      expect(health.outbox.oldestDueSeconds).toBeGreaterThanOrEqual(7200);
    } finally {
      await getDb().delete(emailOutbox).where(eq(emailOutbox.idempotencyKey, key));
    }
  });
});
