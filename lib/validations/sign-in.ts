import { z } from "zod";
import { safeReturnPath } from "@/lib/auth/site-link";

/** Only same-site paths may be returned to after sign-in. */
const ZReturnPath = z.string().optional().transform(safeReturnPath);

export const ZSignInInput = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .min(1, "Enter your email address.")
    .max(254, "Email address must be 254 characters or fewer.")
    .pipe(z.email("Enter an email address in the correct format, like name@example.com.")),
  callbackUrl: ZReturnPath,
});
export type TSignInInput = z.output<typeof ZSignInInput>;
