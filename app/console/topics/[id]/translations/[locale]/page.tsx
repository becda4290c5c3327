import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TranslationForm, type TranslationFormGroup } from "@/components/translations/translation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { localeDirection } from "@/lib/i18n/locales";
import { ZRichTextDocument } from "@/lib/rich-text/document";
import { getTopicTranslation } from "@/lib/server/translations/get-topic-translation";
import { translationLocaleOr404, translationMetadata } from "@/app/console/translation-routes";
import { saveTopicTranslationAction } from "../actions";

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale } = await params;
  await requirePermission("topic:manage", `/console/topics/${id}/translations/${locale}`);
  return translationMetadata(locale);
}

/** A stored rich translation (the editor's JSON) back into the editor; anything unreadable starts empty. */
const richValue = (text: string) => {
  try {
    return ZRichTextDocument.catch({ type: "doc", content: [] }).parse(JSON.parse(text || "null"));
  } catch {
    return { type: "doc" as const, content: [] };
  }
};

export default async function TopicTranslationPage({ params }: Props) {
  const { id, locale: given } = await params;
  await requirePermission("topic:manage", `/console/topics/${id}/translations/${given}`);
  const locale = translationLocaleOr404(given);
  const t = await getTranslations("contentTranslations");
  const { topic, fields } = await orNotFound(() => getTopicTranslation(id, locale), id);
  const language = t(`languages.${locale}`);
  let documentNumber = 0;
  const formFields = fields.map((field) => {
    const label = field.part === "document" ? t("documentLabel", { number: ++documentNumber, language }) : t("fieldLabel", { part: t(`parts.${field.part}`), language });
    return { key: field.key, kind: field.kind, label, english: field.english, value: field.kind === "rich" ? "" : field.translation, rich: field.kind === "rich" ? richValue(field.translation) : undefined, state: field.state };
  });
  const groups: TranslationFormGroup[] = [
    { id: "topic", heading: null, fields: formFields.filter((field) => !field.key.startsWith("document.")) },
    { id: "documents", heading: t("documentsHeading"), fields: formFields.filter((field) => field.key.startsWith("document.")) },
  ].filter((group) => group.fields.length > 0);
  return (
    <>
      <PageHeader title={t("formTitle", { language })} caption={topic.title} back={{ href: `/console/topics/${topic.id}/translations`, label: t("back") }} lede={t("formIntro", { language })} />
      <TranslationForm action={saveTopicTranslationAction} subjectId={topic.id} locale={locale} dir={localeDirection(locale)} groups={groups} formLabel={t("formTitle", { language })} />
    </>
  );
}
