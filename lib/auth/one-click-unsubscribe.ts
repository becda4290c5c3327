import { ValidationError } from "@/lib/errors";

/** The answer to a one-click unsubscribe, in plain text for a mail client's user. */
export const ONE_CLICK_OPTIONS = {
  text: true,
  say: { not_found: "problems.oneClickUnsubscribe.invalid", rate_limited: "problems.oneClickUnsubscribe.rateLimited", unexpected: "problems.oneClickUnsubscribe.failed" },
} as const;

/** RFC 8058: the body is `List-Unsubscribe=One-Click`, sent as a form (urlencoded or multipart); anything else is refused. */
export async function requireOneClick(request: Request): Promise<void> {
  let oneClick = false;
  try {
    oneClick = (await request.formData()).get("List-Unsubscribe") === "One-Click";
  } catch {
    oneClick = false;
  }
  if (!oneClick) throw new ValidationError("problems.oneClickUnsubscribe.badBody");
}

/** What a one-click endpoint answers once done. */
export const plainText = (text: string) => new Response(text, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
