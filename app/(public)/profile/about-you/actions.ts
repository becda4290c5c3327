"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { declineAboutYou } from "@/lib/server/equalities/decline-about-you";
import { deleteAboutYou } from "@/lib/server/equalities/delete-about-you";
import { saveAboutYou } from "@/lib/server/equalities/save-about-you";
import { ZAboutYouInput, ZDeleteAboutYouInput } from "@/lib/validations/about-you";

export const saveAboutYouAction = formAction("profile:edit", ZAboutYouInput, async (input, { user }) => {
  const saved = await saveAboutYou(user, input);
  redirect(`/profile/about-you?saved=${saved ? "answers" : "nothing"}`);
});

export const deleteAboutYouAction = formAction("profile:edit", ZDeleteAboutYouInput, async (_input, { user }) => {
  await deleteAboutYou(user);
  redirect("/profile/about-you?saved=deleted");
});

/** "No thanks" to the one-time invitation after a first comment or survey response. */
export const declineAboutYouAction = formAction("profile:edit", z.object({}), async (_input, { user }) => {
  await declineAboutYou(user);
  return { status: "success", message: (await getTranslations("aboutYou.invitation"))("declined") };
});
