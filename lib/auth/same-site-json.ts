import "server-only";
import { ForbiddenError, UnsupportedMediaTypeError } from "@/lib/errors";

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * For JSON endpoints that a session cookie authorises: the body must be declared JSON (a plain form
 * on another site cannot declare it without a CORS preflight), and an Origin header, when sent,
 * must name this host. Throws a 415 or a 403 otherwise.
 */
export function checkSameSiteJson(request: Request, what: "comment" | "response"): void {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new UnsupportedMediaTypeError("problems.request.sendAsJson", { what });
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!host || hostOf(origin) !== host) throw new ForbiddenError("problems.request.otherSite", { what });
  }
}
