import { describe, expect, it } from "vitest";
import { ACTIONS, can, canInOrganisation, ORGANISATION_ACTIONS, type Action, type OrganisationAction } from "./policy";
import { ORGANISATION_ROLES, ROLES, type OrganisationRole, type Role } from "./roles";

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
  "campaign:manage": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "partner:manage": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "people:manage": { resident: false, employer: false, partner: false, officer: false, admin: true },
  "profile:edit": { resident: true, employer: true, partner: true, officer: true, admin: true },
  "organisation:belong": { resident: true, employer: true, partner: true, officer: false, admin: false },
  "organisation:verify": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "equalities:invited": { resident: true, employer: true, partner: true, officer: false, admin: false },
  "equalities:view": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "equalities:population": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "insight:analyse": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "report:manage": { resident: false, employer: false, partner: false, officer: true, admin: true },
  "survey:enter-responses": { resident: false, employer: false, partner: false, officer: true, admin: true },
};

const EXPECTED_IN_ORGANISATION: Record<OrganisationAction, Record<OrganisationRole, boolean>> = {
  "organisation:view": { administrator: true, member: true },
  "organisation:edit": { administrator: true, member: false },
  "organisation:invite": { administrator: true, member: false },
  "organisation:decide-join": { administrator: true, member: false },
  "organisation:manage-people": { administrator: true, member: false },
  "organisation:leave": { administrator: true, member: true },
  "organisation:respond": { administrator: true, member: true },
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

describe("canInOrganisation", () => {
  it("knows exactly the actions and roles in the expected table", () => {
    expect([...ORGANISATION_ACTIONS].sort()).toEqual(Object.keys(EXPECTED_IN_ORGANISATION).sort());
    expect([...ORGANISATION_ROLES]).toEqual(["administrator", "member"]);
  });

  const cases = Object.entries(EXPECTED_IN_ORGANISATION).flatMap(([action, byRole]) =>
    Object.entries(byRole).map(([role, allowed]) => ({ action: action as OrganisationAction, role: role as OrganisationRole, allowed })),
  );

  it.each(cases)("an organisation's $role may $action: $allowed", ({ role, action, allowed }) => {
    expect(canInOrganisation(role, action)).toBe(allowed);
  });

  it("refuses everything to someone outside the organisation", () => {
    for (const action of ORGANISATION_ACTIONS) expect(canInOrganisation(null, action)).toBe(false);
  });
});
