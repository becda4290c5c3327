import { describe, expect, it, vi } from "vitest";
import { ConflictError, ERROR_TABLE, ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError, ValidationError, fieldProblem } from "@/lib/errors";
import { errorResponse, explainError } from "./error-response";

vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

describe("errorResponse", () => {
  it("answers a rate limit with 429, Retry-After in seconds and the message from messages/", async () => {
    const response = await errorResponse(new RateLimitedError(42), "Test");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    expect(await response.json()).toEqual({ error: "You have tried too many times. Try again in 42 seconds." });
  });

  it("maps other expected errors to their status from the one table, without Retry-After", async () => {
    expect((await errorResponse(new NotFoundError(), "Test")).status).toBe(404);
    const conflict = await errorResponse(new ConflictError("problems.survey.closed"), "Test");
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get("retry-after")).toBeNull();
    expect(await conflict.json()).toEqual({ error: "This survey is closed." });
    for (const error of [new NotFoundError(), new ForbiddenError(), new UnauthenticatedError(), new ValidationError(), new ConflictError("errors.conflict")]) {
      expect((await errorResponse(error, "Test")).status).toBe(ERROR_TABLE[error.code].status);
    }
  });

  it("tells an API client to sign in, in its own words, and a 400 carries the problems by field", async () => {
    expect(await (await errorResponse(new UnauthenticatedError(), "Test")).json()).toEqual({ error: "Sign in to continue." });
    const invalid = await errorResponse(new ValidationError("errors.fixBelow", fieldProblem("email", "validation.signIn.emailRequired")), "Test");
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: "Check the answers below and try again.", fieldErrors: { email: ["Enter your email address."] } });
  });

  it("answers anything else with 500 and a reference, never the error's text", async () => {
    const response = await errorResponse(new Error("password=hunter2 at db.internal"), "Test");
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/^Something went wrong\. Reference [0-9a-f]{8}\.$/);
  });

  it("answers a database that cannot be reached with 503 and Retry-After", async () => {
    const down = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const response = await errorResponse(down, "Test");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).not.toBeNull();
    expect(((await response.json()) as { error: string }).error).toMatch(/^Nothing was saved/);
  });
});

describe("explainError", () => {
  it("gives a form the form's wording and an API client its own for the same code", () => {
    expect(explainError(new UnauthenticatedError(), "form", "Test").message.key).toBe("errors.signInFirst");
    expect(explainError(new UnauthenticatedError(), "request", "Test").message.key).toBe("problems.request.signIn");
    // An error's own message is kept on both surfaces.
    expect(explainError(new UnauthenticatedError("problems.survey.signInToAnswer"), "request", "Test").message.key).toBe("problems.survey.signInToAnswer");
  });
});
