"use server";

import { revalidatePath } from "next/cache";
import { translationDone } from "@/app/console/translation-routes";
import { formAction } from "@/lib/auth/action";
import { removeTranslation } from "@/lib/server/translations/remove-translation";
import { saveTopicTranslation } from "@/lib/server/translations/save-topic-translation";
import { ZTranslationInput, ZTranslationRef } from "@/lib/validations/translation";

const refresh = () => {
  revalidatePath("/console/topics/[id]/translations", "layout");
  revalidatePath("/");
  revalidatePath("/topics");
  revalidatePath("/topics/[slug]", "page");
};

export const saveTopicTranslationAction = formAction("topic:manage", ZTranslationInput, async (input, { user }) => {
  await saveTopicTranslation(user, input.subjectId, input.locale, input);
  refresh();
  return translationDone("saved", input.locale);
});

export const removeTopicTranslationAction = formAction("topic:manage", ZTranslationRef, async (input, { user }) => {
  await removeTranslation(user, { kind: "topic", id: input.subjectId }, input.locale);
  refresh();
  return translationDone("removed", input.locale);
});
