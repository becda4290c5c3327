import { getTranslations } from "next-intl/server";
import { RadioGroup } from "@/components/ui/radio-group";
import { DEFAULT_LOCALE, LOCALES, SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * The profile's language: pages on any device the person signs in on, and every email to them. A
 * plain form to the same endpoint as every page's chooser (it works without JavaScript).
 */
export async function LanguageForm({ current }: { current: Locale | null }) {
  const t = await getTranslations("language");
  const options = SUPPORTED_LOCALES.map((code) => ({ value: code, label: LOCALES[code].name, lang: code, dir: LOCALES[code].dir }));
  return (
    <form method="post" action="/api/language" className="form" aria-labelledby="language-title">
      <h2 id="language-title">{t("profileTitle")}</h2>
      <input type="hidden" name="returnTo" value="/profile?saved=language" />
      <RadioGroup name="locale" legend={t("profileLegend")} hint={t("profileHint")} options={options} checked={current ?? DEFAULT_LOCALE} />
      <button type="submit" className="button button--primary">
        {t("profileSave")}
      </button>
    </form>
  );
}
