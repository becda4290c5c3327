import { env } from "@/lib/env";
import { requestTranslator } from "@/lib/auth/error-response";
import { withPublic } from "@/lib/auth/route";
import { ValidationError } from "@/lib/errors";
import { unsubscribeRecipient } from "@/lib/server/campaigns/unsubscribe-recipient";

/** RFC 8058: the body is `List-Unsubscribe=One-Click`, sent as a form (urlencoded or multipart). */
async function isOneClick(request: Request): Promise<boolean> {
  try {
    return (await request.formData()).get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
}

/**
 * One-click unsubscribe from a campaign email's List-Unsubscribe header: the signed token is the
 * authority (no session, no CSRF check: the mail provider posts from its own servers). The address
 * is suppressed for every campaign. Idempotent; answers in plain text.
 */
export const POST = withPublic<{ token: string }>(
  async (request, { params }) => {
    if (!(await isOneClick(request))) throw new ValidationError("problems.oneClickUnsubscribe.badBody");
    await unsubscribeRecipient(params.token, "one-click");
    const t = await requestTranslator();
    return new Response(t("campaignLink.unsubscribe.done"), { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  },
  {
    text: true,
    say: { not_found: "problems.oneClickUnsubscribe.invalid", rate_limited: "problems.oneClickUnsubscribe.rateLimited", unexpected: "problems.oneClickUnsubscribe.failed" },
  },
);

/** Opened in a browser: the unsubscribe page, with its one button. */
export const GET = withPublic<{ token: string }>(async (_request, { params }) => Response.redirect(`${env.AUTH_URL}/campaigns/unsubscribe/${encodeURIComponent(params.token)}`, 303));
