import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { AnalysisItems, ThemeSummary } from "@/lib/domain/insight/views";
import { formatDate } from "@/lib/format/dates";
import { isLocale, localeDirection } from "@/lib/i18n/locales";
import { QueryForm } from "./query-form";
import type { InsightAction } from "./types";

type Props = {
  items: AnalysisItems;
  themes: ThemeSummary[];
  code: InsightAction;
  /** The page's address with the list's query (search, theme) kept, for the filter form and the pages. */
  path: string;
  hidden: Record<string, string>;
  query: { q?: string; theme?: string };
  pageHref: (page: number) => string;
  originalHref: (itemId: string) => string | null;
};

/** Each item with its themes (who coded each by hand), a button to take it out of one and a form to add one. */
export async function ItemList({ items, themes, code, path, hidden, query, pageHref, originalHref }: Props) {
  const t = await getTranslations("insight.items");
  return (
    <section aria-labelledby="insight-items" id="items">
      <h2 id="insight-items">{t("title")}</h2>
      <QueryForm action={`${path}#items`} label={t("filter")} hidden={hidden} submitLabel={t("show")}>
        <label className="label" htmlFor="items-q">
          {t("search")}
        </label>
        <input className="input" id="items-q" name="q" defaultValue={query.q ?? ""} maxLength={100} />
        <label className="label" htmlFor="items-theme">
          {t("inTheme")}
        </label>
        <select className="select" id="items-theme" name="theme" defaultValue={query.theme ?? ""}>
          <option value="">{t("anyTheme")}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.label}
            </option>
          ))}
        </select>
      </QueryForm>
      <p>{t("count", { count: items.total })}</p>
      <ol className="insight-items">
        {items.items.map((item) => {
          const known = isLocale(item.locale) ? item.locale : null;
          const original = originalHref(item.id);
          const inThemes = new Set(item.codings.map((coding) => coding.themeId));
          return (
            <li key={item.id} id={`item-${item.id}`} className="insight-item">
              <p lang={known ?? undefined} dir={known ? localeDirection(known) : "auto"} className="insight-item__text">
                {item.text}
              </p>
              {original ? <Link href={original}>{t("original")}</Link> : null}
              <ul className="insight-item__tags" aria-label={t("tags")}>
                {item.codings.map((coding) => (
                  <li key={coding.themeId}>
                    <span className="tag">{coding.label}</span>{" "}
                    <span className="hint">{coding.source === "officer" ? t("codedBy", { name: coding.codedBy ?? t("someone"), date: formatDate(coding.codedAt) }) : t("byAnalysis")}</span>
                    <ActionForm action={code} label={t("removeLabel", { label: coding.label })} submitLabel={t("remove", { label: coding.label })} pendingLabel={t("saving")} className="action-form action-form--inline">
                      <input type="hidden" name="themeId" value={coding.themeId} />
                      <input type="hidden" name="itemId" value={item.id} />
                      <input type="hidden" name="change" value="remove" />
                    </ActionForm>
                  </li>
                ))}
              </ul>
              {themes.some((theme) => !inThemes.has(theme.id)) ? (
                <ActionForm action={code} label={t("addLabel")} submitLabel={t("add")} pendingLabel={t("saving")} className="action-form action-form--inline">
                  <input type="hidden" name="itemId" value={item.id} />
                  <input type="hidden" name="change" value="add" />
                  <label className="label" htmlFor={`add-${item.id}`}>
                    {t("addLabel")}
                  </label>
                  <select className="select" id={`add-${item.id}`} name="themeId">
                    {themes
                      .filter((theme) => !inThemes.has(theme.id))
                      .map((theme) => (
                        <option key={theme.id} value={theme.id}>
                          {theme.label}
                        </option>
                      ))}
                  </select>
                </ActionForm>
              ) : null}
            </li>
          );
        })}
      </ol>
      {items.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="pagination">
          {items.page > 1 ? <Link href={pageHref(items.page - 1)}>{t("previous")}</Link> : null}{" "}
          <span>{t("page", { page: items.page, pages: items.pageCount })}</span>{" "}
          {items.page < items.pageCount ? <Link href={pageHref(items.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
