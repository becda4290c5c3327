import { describe, expect, it } from "vitest";
import { checkFormGuard, issueFormToken } from "./form-guard";

const T0 = 1_796_000_000_000;

describe("checkFormGuard", () => {
  it("lets a form through that a person filled in over a few seconds", () => {
    expect(checkFormGuard({ honeypot: "", token: issueFormToken(T0) }, T0 + 5_000, 2_000)).toBeNull();
    expect(checkFormGuard({ honeypot: undefined, token: issueFormToken(T0) }, T0 + 2_000, 2_000)).toBeNull();
  });

  it("refuses a filled-in honeypot, however the rest looks", () => {
    expect(checkFormGuard({ honeypot: "https://spam.example", token: issueFormToken(T0) }, T0 + 60_000, 2_000)).toBe("honeypot");
  });

  it("refuses a form sent faster than a person could fill it", () => {
    expect(checkFormGuard({ honeypot: "", token: issueFormToken(T0) }, T0 + 800, 2_000)).toBe("too_fast");
  });

  it("refuses a missing, forged or future-dated shown-at note", () => {
    const token = issueFormToken(T0);
    const [, signature] = token.split(".");
    expect(checkFormGuard({ honeypot: "", token: undefined }, T0 + 5_000, 2_000)).toBe("invalid");
    expect(checkFormGuard({ honeypot: "", token: `${T0 - 60_000}.${signature}` }, T0 + 5_000, 2_000)).toBe("invalid");
    expect(checkFormGuard({ honeypot: "", token: "not-a-token" }, T0 + 5_000, 2_000)).toBe("invalid");
    expect(checkFormGuard({ honeypot: "", token: issueFormToken(T0 + 3_600_000) }, T0, 2_000)).toBe("invalid");
  });

  it("with no minimum (a test server), only checks the honeypot and the signature", () => {
    expect(checkFormGuard({ honeypot: "", token: issueFormToken(T0) }, T0, 0)).toBeNull();
  });
});
