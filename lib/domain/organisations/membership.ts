import type { Role } from "@/lib/domain/access/roles";

export type OrganisationKind = "employer" | "partner";
export type Verification = "unverified" | "verified" | "rejected";

/** Officers and admins keep their role whatever organisation they belong to. */
const STAFF: readonly Role[] = ["officer", "admin"];

/**
 * The platform role of someone in an organisation: an employer's people answer employers' surveys
 * at once, before any officer looks; a partner's people are partners. A rejected organisation's
 * people are residents again (the organisation's page tells them why).
 */
export function roleInOrganisation(current: Role, organisation: { kind: OrganisationKind; verification: Verification }): Role {
  if (STAFF.includes(current)) return current;
  if (organisation.verification === "rejected") return "resident";
  return organisation.kind === "employer" ? "employer" : "partner";
}

/** The platform role of someone who has left (or been removed from) their organisation. */
export function roleOutsideOrganisation(current: Role): Role {
  return STAFF.includes(current) ? current : "resident";
}

/**
 * Whether a change would leave people in an organisation with no administrator: the last
 * administrator may not step down, be removed, or leave while anyone else remains (they hand over
 * first); alone, they may leave.
 */
export function leavesNoAdministrator(people: { role: "administrator" | "member" }[], target: { role: "administrator" | "member" }, next: "administrator" | "member" | null): boolean {
  if (target.role !== "administrator" || next === "administrator") return false;
  const administrators = people.filter((person) => person.role === "administrator").length;
  const remaining = people.length - (next === null ? 1 : 0);
  return administrators <= 1 && remaining > 0;
}
