import { z } from "zod";

export const ROLES = ["resident", "employer", "partner", "officer", "admin"] as const;
export const ZRole = z.enum(ROLES, { error: "validation.people.role" });
export type Role = z.infer<typeof ZRole>;
