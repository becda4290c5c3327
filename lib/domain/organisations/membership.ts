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
