import { describe, expect, it } from "vitest";
import { audienceNeedsOrganisation, audienceProblem, surveyAvailability } from "./availability";

const now = new Date("2030-06-15T12:00:00Z");
const hour = 3_600_000;
const at = (offset: number) => new Date(now.getTime() + offset);

describe("surveyAvailability", () => {
  it("follows the status, then the open and close dates", () => {
    expect(surveyAvailability({ status: "draft", opensAt: null, closesAt: null }, now)).toBe("draft");
    expect(surveyAvailability({ status: "draft", opensAt: at(-hour), closesAt: at(hour) }, now)).toBe("draft");
    expect(surveyAvailability({ status: "open", opensAt: null, closesAt: null }, now)).toBe("open");
    expect(surveyAvailability({ status: "open", opensAt: at(-hour), closesAt: at(hour) }, now)).toBe("open");
    expect(surveyAvailability({ status: "open", opensAt: at(hour), closesAt: null }, now)).toBe("not_open_yet");
    expect(surveyAvailability({ status: "open", opensAt: at(-2 * hour), closesAt: at(-hour) }, now)).toBe("closed");
    expect(surveyAvailability({ status: "closed", opensAt: null, closesAt: at(hour) }, now)).toBe("closed");
  });

  it("opens at its opening moment and closes at its closing moment", () => {
    expect(surveyAvailability({ status: "open", opensAt: now, closesAt: null }, now)).toBe("open");
    expect(surveyAvailability({ status: "open", opensAt: null, closesAt: now }, now)).toBe("closed");
  });
});

const open = { audience: "anyone", requiresVerified: false } as const;
const signedIn = { audience: "signed_in", requiresVerified: false } as const;
const employers = { audience: "employers", requiresVerified: false } as const;
const verifiedEmployers = { audience: "employers", requiresVerified: true } as const;

describe("audienceProblem", () => {
  it("lets anyone answer an open survey", () => {
    expect(audienceProblem(open, null)).toBeNull();
    expect(audienceProblem(open, "resident")).toBeNull();
  });

  it("asks people to sign in for signed-in and employer surveys", () => {
    expect(audienceProblem(signedIn, null)).toBe("sign_in");
    expect(audienceProblem(employers, null)).toBe("sign_in");
    expect(audienceProblem(verifiedEmployers, null)).toBe("sign_in");
    expect(audienceProblem(signedIn, "resident")).toBeNull();
  });

  it("keeps employer surveys to employers' accounts", () => {
    expect(audienceProblem(employers, "employer")).toBeNull();
    for (const role of ["resident", "partner", "officer", "admin"] as const) expect(audienceProblem(employers, role), role).toBe("employers_only");
  });

  it("lets an unverified organisation's employer answer unless the survey requires a verified organisation", () => {
    expect(audienceProblem(employers, "employer", "unverified")).toBeNull();
    expect(audienceProblem(verifiedEmployers, "employer", "unverified")).toBe("verified_only");
    expect(audienceProblem(verifiedEmployers, "employer", null)).toBe("verified_only");
    expect(audienceProblem(verifiedEmployers, "employer", "verified")).toBeNull();
  });

  it("tells a rejected organisation's people why they may not answer employers' surveys", () => {
    expect(audienceProblem(employers, "resident", "rejected")).toBe("organisation_rejected");
    expect(audienceProblem(verifiedEmployers, "resident", "rejected")).toBe("organisation_rejected");
    expect(audienceProblem(employers, "resident", "unverified")).toBe("employers_only");
    expect(audienceProblem(signedIn, "resident", "rejected")).toBeNull();
  });
});

describe("audienceNeedsOrganisation", () => {
  it("asks for the person's organisation only when it can change the answer", () => {
    expect(audienceNeedsOrganisation(verifiedEmployers, "employer")).toBe(true);
    expect(audienceNeedsOrganisation(employers, "resident")).toBe(true);
    expect(audienceNeedsOrganisation(employers, "employer")).toBe(false);
    expect(audienceNeedsOrganisation(verifiedEmployers, null)).toBe(false);
    expect(audienceNeedsOrganisation(signedIn, "resident")).toBe(false);
    for (const role of ["partner", "officer", "admin"] as const) expect(audienceNeedsOrganisation(verifiedEmployers, role), role).toBe(false);
  });
});
