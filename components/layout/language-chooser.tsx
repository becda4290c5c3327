import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { ReturnToField } from "./return-to-field";

/**
 * Every page's language chooser: each language named in itself (and marked as such, so a screen
 * reader speaks it in that language). A plain form: without JavaScript it posts, remembers the choice
 * and comes back to the same page.
 */
export async function LanguageChooser() {
  const locale = await getLocale();
  const t = await getTranslations("language");
  return (
    <form method="post" action="/api/language" className="language-chooser" aria-label={t("chooserLabel")}>
      <ReturnToField />
      <ul className="language-chooser__list">
        {SUPPORTED_LOCALES.map((code) => (
          <li key={code}>
            {code === locale ? (
              <span className="language-chooser__current" lang={code} dir={LOCALES[code].dir} aria-current="true">
                {LOCALES[code].name}
              </span>
            ) : (
              <button type="submit" name="locale" value={code} className="link-button language-chooser__option" lang={code} dir={LOCALES[code].dir}>
                {LOCALES[code].name}
              </button>
            )}
          </li>
        ))}
      </ul>
    </form>
  );
}
