import { getTranslations } from "next-intl/server";
import { LOCALES, SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * The profile's language: pages on any device the person signs in on, and every email to them. A
 * plain form to the same endpoint as every page's chooser (it works without JavaScript).
 */
export async function LanguageForm({ current }: { current: Locale | null }) {
  const t = await getTranslations("language");
  return (
    <form method="post" action="/api/language" className="form" aria-labelledby="language-title">
      <h2 id="language-title">{t("profileTitle")}</h2>
      <input type="hidden" name="returnTo" value="/profile?saved=language" />
      <div className="form-group">
        <fieldset className="fieldset" aria-describedby="language-hint">
          <legend className="label">{t("profileLegend")}</legend>
          <p className="hint" id="language-hint">
            {t("profileHint")}
          </p>
          {SUPPORTED_LOCALES.map((code) => (
            <div key={code} className="radios__item">
              <input type="radio" id={`language-${code}`} name="locale" value={code} defaultChecked={(current ?? "en") === code} />
              <label htmlFor={`language-${code}`} lang={code} dir={LOCALES[code].dir}>
                {LOCALES[code].name}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      <button type="submit" className="button button--primary">
        {t("profileSave")}
      </button>
    </form>
  );
}
