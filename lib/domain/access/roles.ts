import { z } from "zod";

export const ROLES = ["resident", "employer", "partner", "officer", "admin"] as const;
export const ZRole = z.enum(ROLES, { error: "validation.people.role" });
export type Role = z.infer<typeof ZRole>;

/** A person's role inside their organisation (see ORGANISATION_POLICY). */
export const ORGANISATION_ROLES = ["administrator", "member"] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
