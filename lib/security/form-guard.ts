import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Spam checks without a CAPTCHA for the public forms (sign-in, comments, sending a survey): a field
 * people never see or fill (bots fill every field), and a signed note of when the form was shown, so
 * a form sent faster than a person could fill it is refused. Both keep what the person typed.
 */
export { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from "./form-guard-fields";

const sign = (issuedAt: string) => createHmac("sha256", env.AUTH_SECRET).update(`form-shown:${issuedAt}`).digest("base64url");

/** The value of the hidden "shown at" field: when the form was rendered, signed. */
export function issueFormToken(now = Date.now()): string {
  const issuedAt = String(now);
  return `${issuedAt}.${sign(issuedAt)}`;
}

export type FormGuardProblem = "honeypot" | "too_fast" | "invalid";

/** What is wrong with a guarded form's submission, or null when it looks like a person's. */
export function checkFormGuard(form: { honeypot: unknown; token: unknown }, now = Date.now(), minimumMs = env.FORM_MIN_FILL_SECONDS * 1000): FormGuardProblem | null {
  if (typeof form.honeypot === "string" && form.honeypot.trim() !== "") return "honeypot";
  if (typeof form.token !== "string") return "invalid";
  const [issuedAt = "", signature = ""] = form.token.split(".");
  const expected = sign(issuedAt);
  if (!/^\d{10,16}$/.test(issuedAt) || signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return "invalid";
  const shown = Number(issuedAt);
  if (shown > now + 60_000) return "invalid";
  return now - shown < minimumMs ? "too_fast" : null;
}
