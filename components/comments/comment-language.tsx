import { useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/** The language a comment is written in, by its own name ("Polski"), read out as "Language: Polski". */
export function CommentLanguage({ locale }: { locale: Locale }) {
  const t = useTranslations("contentLanguage");
  return (
    <span className="comment__language">
      <span className="visually-hidden">{t("writtenIn")} </span>
      <span lang={locale} dir={LOCALES[locale].dir}>
        {LOCALES[locale].name}
      </span>
    </span>
  );
}
