"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { signOut } from "@/lib/auth/config";
import { revokeAllSessions } from "@/lib/server/profile/revoke-sessions";
import { updateProfile } from "@/lib/server/profile/update-profile";
import { ZProfileInput } from "@/lib/validations/profile";

export const updateProfileAction = formAction("profile:edit", ZProfileInput, async (input, { user }) => {
  await updateProfile(user, input);
  return { status: "success", message: (await getTranslations("profile"))("saved") };
});

export const signOutEverywhereAction = formAction("profile:edit", z.object({}), async (_input, { user }) => {
  await revokeAllSessions(user);
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
});
