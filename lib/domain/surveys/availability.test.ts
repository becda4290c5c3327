import { describe, expect, it } from "vitest";
import { audienceProblem, surveyAvailability } from "./availability";

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

describe("audienceProblem", () => {
  it("lets anyone answer an open survey", () => {
    expect(audienceProblem("anyone", null)).toBeNull();
    expect(audienceProblem("anyone", "resident")).toBeNull();
  });

  it("asks people to sign in for signed-in and employer surveys", () => {
    expect(audienceProblem("signed_in", null)).toBe("sign_in");
    expect(audienceProblem("employers", null)).toBe("sign_in");
    expect(audienceProblem("signed_in", "resident")).toBeNull();
  });

  it("keeps employer surveys to employers' accounts", () => {
    expect(audienceProblem("employers", "employer")).toBeNull();
    for (const role of ["resident", "partner", "officer", "admin"] as const) expect(audienceProblem("employers", role), role).toBe("employers_only");
  });
});
