import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { errorResponse } from "@/lib/auth/error-response";
import { problemsFromIssues, ValidationError } from "@/lib/errors";
import { clientAddress } from "@/lib/security/client-address";
import { checkFormGuard, FORM_TOKEN_FIELD, HONEYPOT_FIELD } from "@/lib/security/form-guard";
import { checkSignInAllowed } from "@/lib/server/auth/check-sign-in-allowed";
import { ZSignInInput } from "@/lib/validations/sign-in";

/** Which Auth.js action a request names: the path after /api/auth/. */
const actionOf = (request: NextRequest) => request.nextUrl.pathname.replace(/^\/api\/auth\//, "");

/**
 * Auth.js's own sign-in endpoint sends email like the sign-in form does, so it passes the same checks
 * first: the form's spam fields (as on /sign-in), a valid address, and the same per-address,
 * per-client and new-account limits. Returns the refusal to send, or null to let Auth.js go on.
 */
async function refuseSignInEmail(request: NextRequest): Promise<Response | null> {
  try {
    const form = await request.clone().formData();
    if (checkFormGuard({ honeypot: form.get(HONEYPOT_FIELD), token: form.get(FORM_TOKEN_FIELD) })) throw new ValidationError("problems.signIn.useSignInPage");
    const parsed = ZSignInInput.safeParse({ email: form.get("email") ?? undefined, callbackUrl: form.get("callbackUrl") ?? undefined });
    if (!parsed.success) {
      const problems = problemsFromIssues(parsed.error.issues);
      // The address's own problem ("Enter your email address.") is the message, as on the form.
      throw new ValidationError(Object.values(problems)[0]?.[0] ?? "problems.signIn.checkEmail", problems);
    }
    await checkSignInAllowed({ email: parsed.data.email, ip: clientAddress(request.headers) ?? "unknown" });
    return null;
  } catch (error) {
    return errorResponse(error, "Sign-in request", { body: (error) => ({ error }) });
  }
}

/**
 * The session as a browser script may read it: the person's name and role, never the session token,
 * their address or the rest of their account.
 */
async function clientSession(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const session = (await response.json()) as { user?: { name?: string | null; role?: string }; expires?: string } | null;
  const body = session?.user ? { user: { name: session.user.name ?? null, role: session.user.role }, expires: session.expires } : null;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  return actionOf(request) === "session" ? clientSession(response) : response;
}

export async function POST(request: NextRequest): Promise<Response> {
  if (actionOf(request) === "signin/email") {
    const refusal = await refuseSignInEmail(request);
    if (refusal) return refusal;
  }
  const response = await handlers.POST(request);
  return actionOf(request) === "session" ? clientSession(response) : response;
}
