import { z } from "zod";

export const ROLES = ["resident", "employer", "partner", "officer", "admin"] as const;
export const ZRole = z.enum(ROLES, { error: "validation.people.role" });
export type Role = z.infer<typeof ZRole>;

/** A person's role inside their organisation (see ORGANISATION_POLICY). */
export const ORGANISATION_ROLES = ["administrator", "member"] as const;
const ZOrganisationRole = z.enum(ORGANISATION_ROLES, { error: "validation.organisation.role" });
export type OrganisationRole = z.infer<typeof ZOrganisationRole>;
