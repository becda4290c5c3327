import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { translationLocaleOr404, translationMetadata } from "@/app/console/translation-routes";
import { TranslationForm } from "@/components/translations/translation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { localeDirection } from "@/lib/i18n/locales";
import { getSummaryIntroTranslation } from "@/lib/server/translations/get-summary-intro-translation";
import { saveIntroTranslationAction } from "../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  await requirePermission("partner:manage", `/console/summaries/translations/${locale}`);
  return translationMetadata(locale);
}

export default async function SummaryIntroTranslationPage({ params }: Props) {
  const { locale: given } = await params;
  await requirePermission("partner:manage", `/console/summaries/translations/${given}`);
  const locale = translationLocaleOr404(given);
  const [t, fields] = await Promise.all([getTranslations("contentTranslations"), getSummaryIntroTranslation(locale)]);
  const language = t(`languages.${locale}`);
  const title = t("formTitle", { language });
  const formFields = fields.map((field) => ({ key: field.key, kind: field.kind, label: t("fieldLabel", { part: t(`parts.${field.part}`), language }), english: field.original, value: field.translation, state: field.state }));
  return (
    <>
      <PageHeader title={title} caption={t("introTitle")} back={{ href: "/console/summaries/translations", label: t("back") }} lede={t("formIntro", { language })} />
      {formFields.length > 0 ? <TranslationForm action={saveIntroTranslationAction} subjectId="scheduled" locale={locale} dir={localeDirection(locale)} groups={[{ id: "intro", heading: null, fields: formFields }]} formLabel={title} /> : <p>{t("introNone")}</p>}
    </>
  );
}
