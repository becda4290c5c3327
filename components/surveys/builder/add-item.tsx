"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

type Props = { idPrefix: string; label: string; buttonLabel: string; onAdd: (wording: string) => void; children?: ReactNode };

/** A wording field and a button that adds a section or question (its id is made from this wording). */
export function AddItem({ idPrefix, label, buttonLabel, onAdd, children }: Props) {
  const t = useTranslations("surveyBuilder.editor");
  const [wording, setWording] = useState("");
  const [problem, setProblem] = useState("");
  const add = () => {
    if (!wording.trim()) return setProblem(t("enterWording"));
    onAdd(wording.trim());
    setWording("");
    setProblem("");
  };
  return (
    <div className={problem ? "builder-add form-group--error" : "builder-add"}>
      {children}
      <div className="form-group">
        <label className="label label--small" htmlFor={`${idPrefix}-wording`}>
          {label}
        </label>
        {problem ? (
          <p className="error-message" id={`${idPrefix}-error`}>
            {problem}
          </p>
        ) : null}
        <input
          className="input input--wide"
          id={`${idPrefix}-wording`}
          value={wording}
          aria-describedby={problem ? `${idPrefix}-error` : undefined}
          onChange={(event) => setWording(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
        />
      </div>
      <button type="button" className="button button--secondary" onClick={add}>
        {buttonLabel}
      </button>
    </div>
  );
}
