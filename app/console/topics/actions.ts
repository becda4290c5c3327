"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { changeTopicStatus, publishOutcome } from "@/lib/server/topics/change-topic-status";
import { saveTopic } from "@/lib/server/topics/save-topic";
import { attachTopicDocument } from "@/lib/server/topics/attach-topic-document";
import { removeTopicDocument } from "@/lib/server/topics/remove-topic-document";
import { ZDocumentRef, ZDocumentUpload, ZTopicInput, ZTopicOutcome, ZTopicStatusChange } from "@/lib/validations/topic";

const refresh = () => {
  revalidatePath("/console/topics");
  revalidatePath("/");
  revalidatePath("/topics/[slug]", "page");
};

export const createTopicAction = formAction("topic:manage", ZTopicInput, async (input, { user }) => {
  const topic = await saveTopic(user, input);
  refresh();
  redirect(`/console/topics/${topic.id}?saved=created`);
});

export const updateTopicAction = formAction("topic:manage", ZTopicInput.and(z.object({ topicId: z.uuid("validation.ids.topic") })), async (input, { user }) => {
  await saveTopic(user, input, input.topicId);
  refresh();
  return { status: "success", message: (await getTranslations("topicForm"))("saved") };
});

export const changeStatusAction = formAction("topic:manage", ZTopicStatusChange, async (input, { user }) => {
  await changeTopicStatus(user, input.topicId, input.change);
  refresh();
  return { status: "success", message: (await getTranslations("topicForm"))(`changed.${input.change}`) };
});

export const publishOutcomeAction = formAction("topic:manage", ZTopicOutcome, async (input, { user }) => {
  const followers = await publishOutcome(user, input.topicId, input.outcomeJson);
  refresh();
  return { status: "success", message: (await getTranslations("topicForm"))("outcomePublished", { count: followers }) };
});

export const uploadDocumentAction = formAction("topic:manage", ZDocumentUpload, async (input, { user }) => {
  const document = await attachTopicDocument(user, input.topicId, input.file);
  refresh();
  return { status: "success", message: (await getTranslations("topicForm"))("uploaded", { name: document.name }) };
});

export const removeDocumentAction = formAction("topic:manage", ZDocumentRef, async (input, { user }) => {
  await removeTopicDocument(user, input.documentId);
  refresh();
  return { status: "success", message: (await getTranslations("topicForm"))("documentRemoved") };
});
