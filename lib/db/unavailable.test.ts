import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

const withCode = (code: string) => Object.assign(new Error("x"), { code });

describe("isDatabaseUnavailable", () => {
  it.each(["ECONNREFUSED", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "57P01", "57P03", "08006", "57014", "53300"])("knows %s", (code) => {
    expect(isDatabaseUnavailable(withCode(code))).toBe(true);
  });

  it("finds the cause Drizzle wraps around the driver's error", () => {
    expect(isDatabaseUnavailable(new Error("Failed query: select 1", { cause: withCode("ECONNREFUSED") }))).toBe(true);
  });

  it("leaves real query errors, and anything else, alone", () => {
    for (const error of [withCode("23505"), withCode("42P01"), withCode("40001"), new Error("boom"), null, "ECONNREFUSED"]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});
