import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { can, type Action } from "./policy";

/** For pages: the signed-in person, or a redirect to sign in and back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: the signed-in person if their role allows `action`, otherwise the 403 page. */
export async function requirePermission(action: Action, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!can(user.role, action)) forbidden();
  return user;
}
