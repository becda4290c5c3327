import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getCurrentUser } from "./current-user";
import { can, type Action } from "@/lib/domain/access/policy";

/** For pages: the signed-in person, or a redirect to sign in and back to `returnTo`. */
async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * For pages: the signed-in person if their role allows `action`, otherwise the 403 page.
 *
 * Next renders a request's layouts, page and generateMetadata in parallel, and streams what each
 * produced even when another (the console layout) refuses: a parent's guard does not stop a child
 * from putting its data in the response. So every layout, page and generateMetadata that reads data
 * calls its own guard before it reads (e2e/authz-matrix.spec.ts checks refused responses for it).
 */
export async function requirePermission(action: Action, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!can(user.role, action)) forbidden();
  return user;
}

/** For a layout shared by pages with different permissions: the person if their role allows any of `actions`. */
export async function requireAnyPermission(actions: readonly Action[], returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!actions.some((action) => can(user.role, action))) forbidden();
  return user;
}
