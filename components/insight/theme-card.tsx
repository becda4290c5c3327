import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { ThemeSummary } from "@/lib/domain/insight/views";
import { formatDate } from "@/lib/format/dates";
import type { InsightActions } from "./types";

type Props = { theme: ThemeSummary; actions: InsightActions; itemHref: (itemId: string) => string; themeItemsHref: string };

/** One theme: its label, count and key phrases, the items that cite it best (linked to the originals), and its tools. */
export async function ThemeCard({ theme, actions, itemHref, themeItemsHref }: Props) {
  const t = await getTranslations("insight.theme");
  const id = `theme-${theme.id}`;
  return (
    <article className="insight-theme" aria-labelledby={id}>
      <h3 id={id}>
        {theme.label} <span className="insight-theme__count">{t("count", { count: theme.count })}</span>
      </h3>
      {theme.keyPhrases.length > 0 ? (
        <p className="insight-theme__phrases">
          {t("keyPhrases")} {theme.keyPhrases.join(", ")}
        </p>
      ) : null}
      <p className="hint">{theme.origin === "officer" ? t("byOfficer") : t("byAnalysis")}</p>
      {theme.quotes.length > 0 ? (
        <ul className="insight-quotes" aria-label={t("quotes", { label: theme.label })}>
          {theme.quotes.map((quote) => (
            <li key={quote.itemId}>
              <blockquote>{quote.text.length > 300 ? `${quote.text.slice(0, 299)}…` : quote.text}</blockquote>
              <p className="insight-quotes__meta">
                <Link href={itemHref(quote.itemId)}>{t("original")}</Link>
                {quote.source === "officer" ? ` · ${t("codedBy", { name: quote.codedBy ?? t("someone"), date: formatDate(quote.codedAt) })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href={themeItemsHref}>{t("allItems", { label: theme.label })}</Link>
      </p>
      <details className="insight-theme__tools">
        <summary>{t("change", { label: theme.label })}</summary>
        <ActionForm action={actions.rename} label={t("renameLabel", { label: theme.label })} submitLabel={t("rename")} pendingLabel={t("saving")}>
          <input type="hidden" name="themeId" value={theme.id} />
          <label className="label" htmlFor={`${id}-label`}>
            {t("newLabel")}
          </label>
          <input className="input" id={`${id}-label`} name="label" defaultValue={theme.label} maxLength={120} required />
        </ActionForm>
        {theme.keyPhrases.length > 1 ? (
          <ActionForm action={actions.split} label={t("splitLabel", { label: theme.label })} submitLabel={t("split")} pendingLabel={t("saving")}>
            <input type="hidden" name="themeId" value={theme.id} />
            <fieldset className="fieldset">
              <legend>{t("splitPhrases")}</legend>
              {theme.keyPhrases.map((phrase, index) => (
                <div className="checkboxes__item" key={phrase}>
                  <input type="checkbox" id={`${id}-phrase-${index}`} name="phrases" value={phrase} />
                  <label htmlFor={`${id}-phrase-${index}`}>{phrase}</label>
                </div>
              ))}
            </fieldset>
            <label className="label" htmlFor={`${id}-split-label`}>
              {t("splitNewLabel")}
            </label>
            <input className="input" id={`${id}-split-label`} name="label" maxLength={120} required />
          </ActionForm>
        ) : null}
        <ActionForm action={actions.remove} label={t("deleteLabel", { label: theme.label })} submitLabel={t("delete")} pendingLabel={t("saving")} variant="warning">
          <input type="hidden" name="themeId" value={theme.id} />
          <p className="hint">{t("deleteHint")}</p>
        </ActionForm>
      </details>
    </article>
  );
}
