import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema";
import { RateLimitedError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { uniqueTag } from "@/tests/support/factories";

const db = () => getDb();
const RULE = { limit: 3, windowSeconds: 60 };
const T0 = new Date("2030-01-01T12:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

async function refusal(key: string, now: Date): Promise<RateLimitedError> {
  const error = await consumeRateLimit(db(), key, RULE, now).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RateLimitedError)) throw new Error(`expected a RateLimitedError, got ${String(error)}`);
  return error;
}

describe("consumeRateLimit", () => {
  it("allows the limit, then refuses with the seconds left in the window", async () => {
    const key = uniqueTag("rl-");
    for (const second of [0, 10, 20]) await expect(consumeRateLimit(db(), key, RULE, at(second))).resolves.toBeUndefined();

    expect((await refusal(key, at(20))).retryAfterSeconds).toBe(40);
    expect((await refusal(key, at(45))).retryAfterSeconds).toBe(15);
    expect((await refusal(key, at(59.5))).retryAfterSeconds).toBe(1);
    expect((await refusal(key, at(59.5))).code).toBe("rate_limited");
  });

  it("starts a new window once the old one has passed", async () => {
    const key = uniqueTag("rl-");
    for (let index = 0; index < 3; index += 1) await consumeRateLimit(db(), key, RULE, at(0));
    await refusal(key, at(59));

    await expect(consumeRateLimit(db(), key, RULE, at(60))).resolves.toBeUndefined();
    const [row] = await db().select({ count: rateLimits.count, windowStart: rateLimits.windowStart }).from(rateLimits).where(eq(rateLimits.key, key));
    expect(row).toEqual({ count: 1, windowStart: at(60) });
    await consumeRateLimit(db(), key, RULE, at(61));
    await consumeRateLimit(db(), key, RULE, at(62));
    expect((await refusal(key, at(63))).retryAfterSeconds).toBe(57);
  });

  it("counts each key separately", async () => {
    const first = uniqueTag("rl-");
    const second = uniqueTag("rl-");
    for (let index = 0; index < 3; index += 1) await consumeRateLimit(db(), first, RULE, at(0));
    await refusal(first, at(1));
    await expect(consumeRateLimit(db(), second, RULE, at(1))).resolves.toBeUndefined();
  });

  it("does not count attempts whose transaction rolled back", async () => {
    const key = uniqueTag("rl-");
    const rollback = new Error("rolled back on purpose");
    for (let index = 0; index < 5; index += 1) {
      await expect(
        db().transaction(async (tx) => {
          await consumeRateLimit(tx, key, RULE, at(0));
          throw rollback;
        }),
      ).rejects.toBe(rollback);
    }
    await expect(consumeRateLimit(db(), key, RULE, at(0))).resolves.toBeUndefined();
  });

  it("lets exactly the limit through when attempts arrive at once", async () => {
    const key = uniqueTag("rl-");
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => consumeRateLimit(db(), key, RULE, at(0))));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    const refused = results.filter((result) => result.status === "rejected");
    expect(refused).toHaveLength(5);
    expect(refused.every((result) => result.reason instanceof RateLimitedError)).toBe(true);
  });
});
