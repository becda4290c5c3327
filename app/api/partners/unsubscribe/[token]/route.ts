import { env } from "@/lib/env";
import { requestTranslator } from "@/lib/auth/error-response";
import { ONE_CLICK_OPTIONS, plainText, requireOneClick } from "@/lib/auth/one-click-unsubscribe";
import { withPublic } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { unsubscribeContact } from "@/lib/server/partner-preferences/unsubscribe-contact";
import { verifyContactToken } from "@/lib/server/partners/shared/contact-link";

/**
 * One-click unsubscribe from the mail client's own button (the List-Unsubscribe header of every
 * partner email). The signed token is the authority, so there is no session or CSRF check: a mail
 * provider posts from its own servers. Idempotent: a repeat says the same and changes nothing.
 * Answers in plain text, errors included, in words for a mail client's user.
 */
export const POST = withPublic<{ token: string }>(
  async (request, { params }) => {
    if (!verifyContactToken(params.token)) throw new NotFoundError("problems.oneClickUnsubscribe.invalid");
    await requireOneClick(request);
    await unsubscribeContact(params.token, "one-click");
    const t = await requestTranslator();
    return plainText(t("partnerPreferences.oneClick.done"));
  },
  ONE_CLICK_OPTIONS,
);

/** Someone opened the link in a browser: show them the preference page, where they can unsubscribe. */
export const GET = withPublic<{ token: string }>(async (_request, { params }) => Response.redirect(`${env.AUTH_URL}/partners/preferences/${encodeURIComponent(params.token)}`, 303));
