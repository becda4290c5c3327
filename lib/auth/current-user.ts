import "server-only";
import { cache } from "react";
import { auth } from "./config";
import type { Role } from "./roles";

export type CurrentUser = { id: string; email: string; name: string | null; role: Role };

/** The signed-in person for this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.user?.id || !session.user.email) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name ?? null, role: session.user.role };
});
