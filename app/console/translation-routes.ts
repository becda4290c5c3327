import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/ui/form-state";
import { ZTranslationLocale, type TranslationLocale } from "@/lib/validations/translation";

/** What the console's translation pages and actions share, for topics and surveys alike. */

/** The success message of a translation saved or removed, naming the language. */
export async function translationDone(done: "saved" | "removed", locale: TranslationLocale): Promise<FormState> {
  const t = await getTranslations("contentTranslations");
  return { status: "success", message: t(done, { language: t(`languages.${locale}`) }) };
}

/** The language in a translation page's address, or the not-found page. */
export function translationLocaleOr404(given: string): TranslationLocale {
  const parsed = ZTranslationLocale.safeParse(given);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A translation page's title: "Translate into Urdu", or "Translations" for a list (the page checks who may see it first). */
export async function translationMetadata(given?: string): Promise<Metadata> {
  const t = await getTranslations("contentTranslations");
  const locale = ZTranslationLocale.safeParse(given);
  return { title: locale.success ? t("formTitle", { language: t(`languages.${locale.data}`) }) : t("title") };
}
