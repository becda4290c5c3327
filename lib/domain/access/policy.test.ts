import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Action } from "./policy";
import { ROLES, type Role } from "./roles";

/**
 * The expected permissions, written out by hand: changing the policy must change this table too,
 * so a widened permission is always a deliberate, reviewed edit.
 */
const EXPECTED: Record<Action, Record<Role, boolean>> = {
  "console:access": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "outbox:view": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "outbox:read-sign-in-links": { resident: false, employer: false, partner: false, officer: false, admin: true },
  "comment:create": { resident: true, employer: true, partner: true, officer: true, admin: true },
  "comment:moderate": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "moderation:words": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "topic:manage": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "survey:manage": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "survey:results": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "survey:export": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "partner:manage": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "people:manage": { resident: false, employer: false, partner: false, officer: false, admin: true },
  "profile:edit": { resident: true, employer: true, partner: true, officer: true, admin: true },
};

describe("can", () => {
  it("knows exactly the actions in the expected table", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("knows exactly the five roles", () => {
    expect([...ROLES]).toEqual(["resident", "employer", "partner", "officer", "admin"]);
  });

  const cases = Object.entries(EXPECTED).flatMap(([action, byRole]) =>
    Object.entries(byRole).map(([role, allowed]) => ({ action: action as Action, role: role as Role, allowed })),
  );

  it.each(cases)("$role may $action: $allowed", ({ role, action, allowed }) => {
    expect(can(role, action)).toBe(allowed);
  });

  it.each(Object.keys(EXPECTED) as Action[])("refuses %s to someone without a role", (action) => {
    expect(can(null, action)).toBe(false);
    expect(can(undefined, action)).toBe(false);
  });
});
