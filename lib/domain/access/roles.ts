import { z } from "zod";

export const ROLES = ["resident", "employer", "partner", "officer", "admin"] as const;
export const ZRole = z.enum(ROLES, { error: "Choose one of the roles: resident, employer, partner, officer or admin." });
export type Role = z.infer<typeof ZRole>;
