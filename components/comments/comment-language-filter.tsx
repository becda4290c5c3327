import Link from "next/link";
import { useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

type Props = {
  /** The address of this discussion with everything but the language filter: `/topics/x?sort=newest`. */
  hrefFor: (language: Locale | null) => string;
  /** The filter in use: a language, or null for every language. */
  current: Locale | null;
  /** The reader's language (the page's): the one the filter offers. */
  pageLocale: Locale;
  /** Published comments by the language they are written in. */
  counts: Partial<Record<Locale, number>>;
};

/** Every language, or only comments written in the reader's own: plain links, so it works without JavaScript. */
export function CommentLanguageFilter({ hrefFor, current, pageLocale, counts }: Props) {
  const t = useTranslations("contentLanguage");
  const total = Object.values(counts).reduce((sum, value) => sum + value, 0);
  const languages = current && current !== pageLocale ? [pageLocale, current] : [pageLocale];
  const options = [
    { key: "all", language: null, label: t("filterAll", { count: total }) },
    ...languages.map((language) => ({ key: language, language, label: t("filterOnly", { language: LOCALES[language].name, count: counts[language] ?? 0 }) })),
  ];
  return (
    <nav aria-label={t("filterLabel")} className="sort-nav">
      <span>{t("filterShow")}</span>
      <ul>
        {options.map((option) =>
          option.language === current ? (
            <li key={option.key}>
              <span aria-current="true">{option.label}</span>
            </li>
          ) : (
            <li key={option.key}>
              <Link href={hrefFor(option.language)}>{option.label}</Link>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
