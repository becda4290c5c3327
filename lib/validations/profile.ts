import { z } from "zod";

const optionalId = (message: string) => z.union([z.literal(""), z.uuid(message)]).transform((value) => value || null);

export const ZProfileInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, "validation.profile.nameRequired")
    .max(80, "validation.profile.nameTooLong"),
  neighbourhoodId: optionalId("validation.choose.neighbourhood").prefault(""),
  organisationId: optionalId("validation.choose.organisation").prefault(""),
});
export type TProfileInput = z.output<typeof ZProfileInput>;

/** Deleting one's account needs the confirmation box ticked (sent as "on"). */
export const ZDeleteAccountInput = z.object({
  confirm: z.literal("on", { error: "validation.profile.confirmDelete" }),
});
