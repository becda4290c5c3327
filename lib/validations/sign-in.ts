import { z } from "zod";
import { safeReturnPath } from "@/lib/auth/site-link";

/** Only same-site paths may be returned to after sign-in. */
const ZReturnPath = z.string().optional().transform(safeReturnPath);

export const ZSignInInput = z.object({
  email: z
    .string({ error: "validation.signIn.emailRequired" })
    .trim()
    .min(1, "validation.signIn.emailRequired")
    .max(254, "validation.signIn.emailTooLong")
    .pipe(z.email("validation.signIn.emailFormat")),
  callbackUrl: ZReturnPath,
});
