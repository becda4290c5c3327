import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { InvalidLinkError } from "@/lib/server/partner-preferences/link-contact";
import { unsubscribeContact } from "@/lib/server/partner-preferences/unsubscribe-contact";
import { verifyContactToken } from "@/lib/server/partners/shared/contact-link";

type Context = { params: Promise<{ token: string }> };

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers } });

/** RFC 8058: the body is `List-Unsubscribe=One-Click`, sent as a form (urlencoded or multipart). */
async function isOneClick(request: Request): Promise<boolean> {
  try {
    return (await request.formData()).get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
}

/**
 * One-click unsubscribe from the mail client's own button (the List-Unsubscribe header of every
 * partner email). The signed token is the authority, so there is no session or CSRF check: a mail
 * provider posts from its own servers. Idempotent: a repeat says the same and changes nothing.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const t = await getTranslations("partnerPreferences.oneClick");
  if (!verifyContactToken(token)) return text(404, t("invalid"));
  if (!(await isOneClick(request))) return text(400, t("badBody"));
  try {
    await unsubscribeContact(token, "one-click");
    return text(200, t("done"));
  } catch (error) {
    if (error instanceof InvalidLinkError) return text(404, t("invalid"));
    if (error instanceof RateLimitedError) return text(429, t("rateLimited"), { "retry-after": String(error.retryAfterSeconds) });
    const reference = randomUUID().slice(0, 8);
    logger.error({ err: error, reference }, "One-click unsubscribe failed");
    return text(500, t("failed", { reference }));
  }
}

/** Someone opened the link in a browser: show them the preference page, where they can unsubscribe. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  return Response.redirect(`${env.AUTH_URL}/partners/preferences/${encodeURIComponent(token)}`, 303);
}
