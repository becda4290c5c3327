import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { createTopicAction } from "@/app/console/topics/actions";
import { TopicForm } from "@/components/topics/topic-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getTopicFormOptions } from "@/lib/server/topics/get-topic-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleTopics"))("create") };
}

const EMPTY = {
  title: "",
  summary: "",
  body: { type: "doc" as const, content: [] },
  themeIds: [],
  communityIds: [],
  neighbourhoodIds: [],
  opensOn: "",
  closesOn: "",
  decisionOn: "",
  customLabel: "",
  customDate: "",
  moderationMode: "post" as const,
};

export default async function NewTopicPage() {
  await requirePermission("topic:manage", "/console/topics/new");
  const t = await getTranslations("consoleTopics");
  return (
    <>
      <PageHeader title={t("create")} lede={t("createIntro")} />
      <TopicForm action={createTopicAction} values={EMPTY} options={await getTopicFormOptions()} submitLabel={t("saveDraft")} />
    </>
  );
}
