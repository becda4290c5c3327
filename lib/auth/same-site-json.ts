import "server-only";
import { ForbiddenError } from "@/lib/errors";

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
 * must name this host. Returns a 415 response to send, or null when the request may go on.
 */
export function refuseCrossSiteJson(request: Request, what: string): Response | null {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) return Response.json({ error: `Send the ${what} as JSON (Content-Type: application/json).` }, { status: 415 });
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!host || hostOf(origin) !== host) throw new ForbiddenError(`The ${what} can only be sent from this site.`);
  }
  return null;
}
