import { describe, expect, it } from "vitest";
import { leavesNoAdministrator, roleInOrganisation, roleOutsideOrganisation } from "./membership";

describe("roleInOrganisation", () => {
  it("makes an employer's people employers at once, verified or not", () => {
    expect(roleInOrganisation("resident", { kind: "employer", verification: "unverified" })).toBe("employer");
    expect(roleInOrganisation("partner", { kind: "employer", verification: "verified" })).toBe("employer");
  });

  it("makes a partner organisation's people partners", () => {
    expect(roleInOrganisation("resident", { kind: "partner", verification: "unverified" })).toBe("partner");
  });

  it("takes employer access away from a rejected organisation's people", () => {
    expect(roleInOrganisation("employer", { kind: "employer", verification: "rejected" })).toBe("resident");
  });

  it("never changes an officer's or an admin's role", () => {
    expect(roleInOrganisation("officer", { kind: "employer", verification: "rejected" })).toBe("officer");
    expect(roleInOrganisation("admin", { kind: "partner", verification: "verified" })).toBe("admin");
  });
});

describe("roleOutsideOrganisation", () => {
  it("makes someone who leaves a resident, unless they are staff", () => {
    expect(roleOutsideOrganisation("employer")).toBe("resident");
    expect(roleOutsideOrganisation("partner")).toBe("resident");
    expect(roleOutsideOrganisation("officer")).toBe("officer");
  });
});

describe("leavesNoAdministrator", () => {
  const admin = { role: "administrator" as const };
  const member = { role: "member" as const };

  it("stops the last administrator stepping down or leaving while others remain", () => {
    expect(leavesNoAdministrator([admin, member], admin, "member")).toBe(true);
    expect(leavesNoAdministrator([admin, member], admin, null)).toBe(true);
  });

  it("lets an administrator go when another remains", () => {
    expect(leavesNoAdministrator([admin, { role: "administrator" }, member], admin, null)).toBe(false);
  });

  it("lets the only person leave, but not stay on without an administrator", () => {
    expect(leavesNoAdministrator([admin], admin, null)).toBe(false);
    expect(leavesNoAdministrator([admin], admin, "member")).toBe(true);
  });

  it("never minds members", () => {
    expect(leavesNoAdministrator([admin, member], member, null)).toBe(false);
    expect(leavesNoAdministrator([admin, member], member, "administrator")).toBe(false);
  });
});
