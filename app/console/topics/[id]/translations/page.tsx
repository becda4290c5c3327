import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TranslationList } from "@/components/translations/translation-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listTopicTranslations } from "@/lib/server/translations/list-topic-translations";
import { translationMetadata } from "@/app/console/translation-routes";
import { removeTopicTranslationAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission("topic:manage", `/console/topics/${(await params).id}/translations`);
  return translationMetadata();
}

export default async function TopicTranslationsPage({ params }: Props) {
  const { id } = await params;
  await requirePermission("topic:manage", `/console/topics/${id}/translations`);
  const t = await getTranslations("contentTranslations");
  const { topic, languages } = await orNotFound(() => listTopicTranslations(id), id);
  const base = `/console/topics/${topic.id}/translations`;
  return (
    <>
      <PageHeader title={t("title")} caption={topic.title} back={{ href: `/console/topics/${topic.id}`, label: t("backToTopic") }} lede={t("topicIntro")}>
        <p>{t("staleRule")}</p>
      </PageHeader>
      <TranslationList base={base} subjectId={topic.id} languages={languages} remove={removeTopicTranslationAction} />
      {topic.status !== "draft" ? (
        <p>
          <Link href={`/topics/${topic.slug}`}>{t("viewPublic")}</Link>
        </p>
      ) : null}
    </>
  );
}
