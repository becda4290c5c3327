import { z } from "zod";

const optionalId = (message: string) => z.union([z.literal(""), z.uuid(message)]).transform((value) => value || null);

export const ZProfileInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the name you want other people to see.")
    .max(80, "Your display name must be 80 characters or fewer."),
  neighbourhoodId: optionalId("Choose a neighbourhood from the list.").prefault(""),
  organisationId: optionalId("Choose an organisation from the list.").prefault(""),
});
export type TProfileInput = z.output<typeof ZProfileInput>;

/** Deleting one's account needs the confirmation box ticked (sent as "on"). */
export const ZDeleteAccountInput = z.object({
  confirm: z.literal("on", { error: "Tick the box to confirm you want to delete your account." }),
});
