import { env } from "@/lib/env";
import { requestTranslator } from "@/lib/auth/error-response";
import { ONE_CLICK_OPTIONS, plainText, requireOneClick } from "@/lib/auth/one-click-unsubscribe";
import { withPublic } from "@/lib/auth/route";
import { unsubscribeRecipient } from "@/lib/server/campaigns/unsubscribe-recipient";

/**
 * One-click unsubscribe from a campaign email's List-Unsubscribe header: the signed token is the
 * authority (no session, no CSRF check: the mail provider posts from its own servers). The address
 * is suppressed for every campaign. Idempotent; answers in plain text.
 */
export const POST = withPublic<{ token: string }>(
  async (request, { params }) => {
    await requireOneClick(request);
    await unsubscribeRecipient(params.token, "one-click");
    const t = await requestTranslator();
    return plainText(t("campaignLink.unsubscribe.done"));
  },
  ONE_CLICK_OPTIONS,
);

/** Opened in a browser: the unsubscribe page, with its one button. */
export const GET = withPublic<{ token: string }>(async (_request, { params }) => Response.redirect(`${env.AUTH_URL}/campaigns/unsubscribe/${encodeURIComponent(params.token)}`, 303));
