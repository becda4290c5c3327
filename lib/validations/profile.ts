import { z } from "zod";

const optionalId = (message: string) => z.union([z.literal(""), z.uuid(message)]).transform((value) => value || null);

/** Name and neighbourhood. Belonging to an organisation is not a profile field: people register, join or are invited (see /organisation). */
export const ZProfileInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, "validation.profile.nameRequired")
    .max(80, "validation.profile.nameTooLong"),
  neighbourhoodId: optionalId("validation.choose.neighbourhood").prefault(""),
});
export type TProfileInput = z.output<typeof ZProfileInput>;

/** Deleting one's account needs the confirmation box ticked (sent as "on"). */
export const ZDeleteAccountInput = z.object({
  confirm: z.literal("on", { error: "validation.profile.confirmDelete" }),
});
