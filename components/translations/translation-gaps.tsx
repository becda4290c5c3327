import { getTranslations } from "next-intl/server";

type Gap = { id: string; label: string };

/** What of a translation readers see in English: parts never translated, and parts changed in English since. Each links to its field. */
export async function TranslationGaps({ language, missing, outdated }: { language: string; missing: Gap[]; outdated: Gap[] }) {
  const t = await getTranslations("contentTranslations");
  if (missing.length === 0 && outdated.length === 0) return <p className="notice">{t("noGaps")}</p>;
  const list = (gaps: Gap[]) => (
    <ul className="list--bullet">
      {gaps.map((gap) => (
        <li key={gap.id}>
          <a href={`#${gap.id}`}>{gap.label}</a>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="notice notice--warning translation-gaps">
      {missing.length > 0 ? (
        <>
          <h2 className="heading-s">{t("missingHeading", { count: missing.length })}</h2>
          <p>{t("missingIntro", { language })}</p>
          {list(missing)}
        </>
      ) : null}
      {outdated.length > 0 ? (
        <>
          <h2 className="heading-s">{t("outdatedHeading", { count: outdated.length })}</h2>
          {list(outdated)}
        </>
      ) : null}
    </div>
  );
}
