import { z } from "zod";
import { ZRole } from "@/lib/domain/access/roles";

export const ZChangeRoleInput = z.object({
  userId: z.uuid("validation.ids.person"),
  role: ZRole,
});
export type TChangeRoleInput = z.infer<typeof ZChangeRoleInput>;

export const ZPeopleQuery = z.object({
  q: z.string().trim().max(100).optional().default(""),
  role: z.union([ZRole, z.literal("")]).optional().default(""),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});
export type TPeopleQuery = z.infer<typeof ZPeopleQuery>;
