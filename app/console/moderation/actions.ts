"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { decideComments } from "@/lib/server/moderation/decide-comments";
import { addModerationWord } from "@/lib/server/moderation/add-moderation-word";
import { removeModerationWord } from "@/lib/server/moderation/remove-moderation-word";
import { ZModerationDecision, ZModerationPhrase, ZModerationPhraseRef } from "@/lib/validations/moderation";

export const decideAction = formAction("comment:moderate", ZModerationDecision, async (input, { user }) => {
  const count = await decideComments(user, input);
  revalidatePath("/console/moderation");
  revalidatePath("/topics/[slug]", "page");
  return { status: "success", message: (await getTranslations("moderation"))(`done.${input.decision}`, { count }) };
});

export const addWordAction = formAction("moderation:words", ZModerationPhrase, async (input, { user }) => {
  await addModerationWord(user, input.phrase);
  revalidatePath("/console/moderation/words");
  return { status: "success", message: (await getTranslations("moderation"))("wordAdded", { phrase: input.phrase }) };
});

export const removeWordAction = formAction("moderation:words", ZModerationPhraseRef, async (input, { user }) => {
  await removeModerationWord(user, input.id);
  revalidatePath("/console/moderation/words");
  return { status: "success", message: (await getTranslations("moderation"))("wordRemoved") };
});
