import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { errorResponse } from "./error-response";

describe("errorResponse", () => {
  it("answers a rate limit with 429 and Retry-After in seconds", async () => {
    const response = errorResponse(new RateLimitedError(42), "Test");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    expect(await response.json()).toEqual({ error: "Too many attempts. Try again in 42 seconds." });
  });

  it("maps other expected errors to their status, without Retry-After", () => {
    expect(errorResponse(new NotFoundError(), "Test").status).toBe(404);
    const conflict = errorResponse(new ConflictError("Closed."), "Test");
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get("retry-after")).toBeNull();
  });

  it("answers anything else with 500 and a reference, never the error's text", async () => {
    const response = errorResponse(new Error("password=hunter2 at db.internal"), "Test");
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/^Something went wrong\. Reference [0-9a-f]{8}\.$/);
  });
});
