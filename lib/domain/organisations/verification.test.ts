import { describe, expect, it } from "vitest";
import { decisionChanges, verificationAfter, verificationOfView, VERIFICATION_VIEWS } from "./verification";

describe("verification decisions", () => {
  it("verifies or rejects a new organisation, reinstates a rejected one and rejects a verified one", () => {
    expect(decisionChanges("unverified", "verify")).toBe(true);
    expect(decisionChanges("unverified", "reject")).toBe(true);
    expect(decisionChanges("rejected", "verify")).toBe(true);
    expect(decisionChanges("verified", "reject")).toBe(true);
  });

  it("refuses to decide what the organisation already is", () => {
    expect(decisionChanges("verified", "verify")).toBe(false);
    expect(decisionChanges("rejected", "reject")).toBe(false);
  });

  it("names the verification each decision leads to", () => {
    expect(verificationAfter("verify")).toBe("verified");
    expect(verificationAfter("reject")).toBe("rejected");
  });
});

describe("verification views", () => {
  it("lists unverified organisations as waiting, and every organisation under all", () => {
    expect(VERIFICATION_VIEWS.map(verificationOfView)).toEqual(["unverified", "verified", "rejected", null]);
  });
});
