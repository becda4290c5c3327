import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { NotAnalysedGroup } from "@/lib/domain/insight/views";
import { isLocale, LOCALES, localeDirection } from "@/lib/i18n/locales";
import { formatCount } from "@/lib/format/numbers";

/** The items in other languages, by language: counted and listed, linked to the originals, never dropped. */
export async function NotAnalysed({ groups, itemHref }: { groups: NotAnalysedGroup[]; itemHref: (itemId: string) => string }) {
  const t = await getTranslations("insight.notAnalysed");
  return (
    <section aria-labelledby="insight-not-analysed">
      <h2 id="insight-not-analysed">{t("title")}</h2>
      {groups.length === 0 ? <p>{t("none")}</p> : <p>{t("explain")}</p>}
      {groups.map((group) => {
        const known = isLocale(group.language) ? group.language : null;
        return (
          <section key={group.language} aria-labelledby={`language-${group.language}`}>
            <h3 id={`language-${group.language}`}>{t("language", { language: known ? LOCALES[known].name : t("unknown"), count: formatCount(group.count) })}</h3>
            <ul className="insight-not-analysed">
              {group.items.map((item) => (
                <li key={item.id}>
                  <span lang={known ?? undefined} dir={known ? localeDirection(known) : "auto"}>
                    {item.text.length > 200 ? `${item.text.slice(0, 199)}…` : item.text}
                  </span>{" "}
                  <Link href={itemHref(item.id)}>{t("original")}</Link>
                </li>
              ))}
            </ul>
            {group.count > group.items.length ? <p className="hint">{t("more", { count: group.count - group.items.length })}</p> : null}
          </section>
        );
      })}
    </section>
  );
}
