import { env } from "@/lib/env";
import { requestTranslator } from "@/lib/auth/error-response";
import { withPublic } from "@/lib/auth/route";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { unsubscribeContact } from "@/lib/server/partner-preferences/unsubscribe-contact";
import { verifyContactToken } from "@/lib/server/partners/shared/contact-link";

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
 * Answers in plain text, errors included, in words for a mail client's user.
 */
export const POST = withPublic<{ token: string }>(
  async (request, { params }) => {
    if (!verifyContactToken(params.token)) throw new NotFoundError("problems.oneClickUnsubscribe.invalid");
    if (!(await isOneClick(request))) throw new ValidationError("problems.oneClickUnsubscribe.badBody");
    await unsubscribeContact(params.token, "one-click");
    const t = await requestTranslator();
    return new Response(t("partnerPreferences.oneClick.done"), { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  },
  {
    text: true,
    say: { not_found: "problems.oneClickUnsubscribe.invalid", rate_limited: "problems.oneClickUnsubscribe.rateLimited", unexpected: "problems.oneClickUnsubscribe.failed" },
  },
);

/** Someone opened the link in a browser: show them the preference page, where they can unsubscribe. */
export const GET = withPublic<{ token: string }>(async (_request, { params }) => Response.redirect(`${env.AUTH_URL}/partners/preferences/${encodeURIComponent(params.token)}`, 303));
