import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { ThemeSummary } from "@/lib/domain/insight/views";
import { SubjectInputs } from "./subject-inputs";
import type { InsightActions, SubjectFields } from "./types";

/** Merging two or more themes into the first chosen, and adding a theme of the officer's own. */
export async function MergeAndCreate({ themes, actions, subject }: { themes: ThemeSummary[]; actions: InsightActions; subject: SubjectFields }) {
  const t = await getTranslations("insight.organise");
  return (
    <section className="insight-organise" aria-labelledby="insight-organise-title">
      <h2 id="insight-organise-title">{t("title")}</h2>
      {themes.length >= 2 ? (
        <ActionForm action={actions.merge} label={t("mergeTitle")} submitLabel={t("merge")} pendingLabel={t("saving")}>
          <fieldset className="fieldset">
            <legend>{t("mergeTitle")}</legend>
            <p className="hint">{t("mergeHint")}</p>
            {themes.map((theme) => (
              <div className="checkboxes__item" key={theme.id}>
                <input type="checkbox" id={`merge-${theme.id}`} name="themeIds" value={theme.id} />
                <label htmlFor={`merge-${theme.id}`}>{t("themeOption", { label: theme.label, count: theme.count })}</label>
              </div>
            ))}
          </fieldset>
          <label className="label" htmlFor="merge-label">
            {t("mergeLabel")}
          </label>
          <input className="input" id="merge-label" name="label" maxLength={120} />
        </ActionForm>
      ) : null}
      <ActionForm action={actions.create} label={t("createTitle")} submitLabel={t("create")} pendingLabel={t("saving")}>
        <SubjectInputs subject={subject} />
        <h3>{t("createTitle")}</h3>
        <label className="label" htmlFor="create-label">
          {t("createLabel")}
        </label>
        <input className="input" id="create-label" name="label" maxLength={120} required />
        <label className="label" htmlFor="create-phrases">
          {t("createPhrases")}
        </label>
        <p className="hint" id="create-phrases-hint">
          {t("createPhrasesHint")}
        </p>
        <input className="input" id="create-phrases" name="keyPhrases" aria-describedby="create-phrases-hint" maxLength={1000} />
      </ActionForm>
    </section>
  );
}
