import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { translationMetadata } from "@/app/console/translation-routes";
import { TranslationList } from "@/components/translations/translation-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listSummaryIntroTranslations } from "@/lib/server/translations/list-summary-intro-translations";
import { removeIntroTranslationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  await requirePermission("partner:manage", "/console/summaries/translations");
  return translationMetadata();
}

/** The summaries' message in each language: how far each translation goes, to write, edit or remove. */
export default async function SummaryIntroTranslationsPage() {
  await requirePermission("partner:manage", "/console/summaries/translations");
  const [t, { intro, languages }] = await Promise.all([getTranslations("contentTranslations"), listSummaryIntroTranslations()]);
  return (
    <>
      <PageHeader title={t("title")} caption={t("introTitle")} back={{ href: "/console/summaries", label: t("introBack") }} lede={t("introTranslationsIntro")} />
      {intro ? <TranslationList base="/console/summaries/translations" subjectId="scheduled" languages={languages} remove={removeIntroTranslationAction} /> : <p>{t("introNone")}</p>}
    </>
  );
}
