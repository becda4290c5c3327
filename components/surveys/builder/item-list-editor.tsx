"use client";

import { useTranslations } from "next-intl";
import type { SurveyOption } from "@/lib/domain/surveys/definition";
import { AddItem } from "./add-item";
import { newItem, removeAt, replaceAt } from "@/lib/domain/surveys/builder/definition-edits";

type Props = { idPrefix: string; kind: "options" | "rows"; items: SurveyOption[]; onChange: (items: SurveyOption[]) => void };

const WORDS = {
  options: { label: "optionLabel", remove: "removeOption", add: "addOption", fresh: "newOption" },
  rows: { label: "rowLabel", remove: "removeRow", add: "addRow", fresh: "newRow" },
} as const;

/** The options of a choice question or the rows of a grid: reword, remove, and add with an id made from the label. */
export function ItemListEditor({ idPrefix, kind, items, onChange }: Props) {
  const t = useTranslations("surveyBuilder.editor");
  const words = WORDS[kind];
  return (
    <fieldset className="fieldset form-group builder-items">
      <legend className="label label--small">{t(kind)}</legend>
      <ol className="builder-items__list">
        {items.map((item, index) => (
          <li key={item.id} className="builder-row">
            <label className="visually-hidden" htmlFor={`${idPrefix}-${item.id}`}>
              {t(words.label, { number: index + 1 })}
            </label>
            <input className="input" id={`${idPrefix}-${item.id}`} value={item.label} onChange={(event) => onChange(replaceAt(items, index, { ...item, label: event.target.value }))} />
            <span className="builder-id">{t("id", { id: item.id })}</span>
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(removeAt(items, index))}>
              {t(words.remove, { number: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <AddItem idPrefix={`${idPrefix}-new`} label={t(words.fresh)} buttonLabel={t(words.add)} onAdd={(label) => onChange([...items, newItem(label, items, kind === "rows" ? "row" : "option")])} />
    </fieldset>
  );
}
