"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/auth/action";
import { signIn, signOut } from "@/lib/auth/config";
import { checkSignInAllowed } from "@/lib/server/auth/check-sign-in-allowed";
import { ZSignInInput } from "@/lib/validations/sign-in";
import { clientAddress } from "@/lib/security/client-address";

export const signInAction = publicFormAction(
  ZSignInInput,
  async (input) => {
    const requestHeaders = await headers();
    const ip = clientAddress(requestHeaders) ?? "unknown";
    await checkSignInAllowed({ email: input.email, ip });
    // Auth.js creates the single-use token and writes the email to the outbox (sendMagicLink).
    await signIn("email", { email: input.email, redirectTo: input.callbackUrl, redirect: false });
    redirect("/sign-in/check-email");
  },
  { guard: true },
);

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
