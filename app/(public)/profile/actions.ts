"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { signOut } from "@/lib/auth/config";
import { SESSION_COOKIES } from "@/lib/security/session-cookies";
import { eraseAccount } from "@/lib/server/profile/erase-account";
import { revokeAllSessions } from "@/lib/server/profile/revoke-sessions";
import { updateProfile } from "@/lib/server/profile/update-profile";
import { ZDeleteAccountInput, ZProfileInput } from "@/lib/validations/profile";

export const updateProfileAction = formAction("profile:edit", ZProfileInput, async (input, { user }) => {
  await updateProfile(user, input);
  return { status: "success", message: (await getTranslations("profile"))("saved") };
});

export const signOutEverywhereAction = formAction("profile:edit", z.object({}), async (_input, { user }) => {
  await revokeAllSessions(user);
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
});

export const deleteAccountAction = formAction("profile:edit", ZDeleteAccountInput, async (_input, { user }) => {
  await eraseAccount(user);
  // The sessions went with the account; the browser forgets its cookie too.
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect("/account-deleted");
});
