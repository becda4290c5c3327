import "server-only";
import { noteWrite } from "@/lib/page-cache/page-cache";
import { errorResponse } from "./error-response";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getCurrentUser } from "./current-user";
import { can, type Action } from "@/lib/domain/access/policy";

type RouteContext<P> = { params: Promise<P> };

/** A route handler that needs a role: 401 when signed out, 403 when the policy says no. */
export function withPermission<P>(
  action: Action,
  handler: (request: Request, context: { params: P; user: CurrentUser }) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      // A session that cannot be read now is a 503 to retry, never a 401 "signed out".
      const user = await getCurrentUser();
      if (!user) return Response.json({ error: "Sign in to continue." }, { status: 401 });
      if (!can(user.role, action)) return Response.json({ error: "You do not have permission to do that." }, { status: 403 });
      if (request.method !== "GET" && request.method !== "HEAD") noteWrite();
      return await handler(request, { params: await context.params, user });
    } catch (error) {
      return errorResponse(error, "Route handler");
    }
  };
}
