"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/components/ui/form-state";
import type { EditorErrors } from "@/lib/domain/surveys/builder/editor-errors";

/** The result of the last save: a success notice, or an error summary linking to each item with a problem. */
export function EditorProblems({ state, errors }: { state: FormState; errors: EditorErrors }) {
  const t = useTranslations("surveyBuilder.editor");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [state]);
  if (state.status === "success")
    return (
      <div className="notice notice--success" role="status" ref={ref} tabIndex={-1}>
        {state.message}
      </div>
    );
  if (state.status !== "error") return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="editor-problems-title" tabIndex={-1} ref={ref}>
      <h3 id="editor-problems-title" className="error-summary__title">
        {t("problemsTitle")}
      </h3>
      <p>{state.message}</p>
      {errors.summary.length > 0 ? (
        <ul className="error-summary__list">
          {errors.summary.map((problem) => (
            <li key={`${problem.anchor}:${problem.message}`}>
              <a href={`#${problem.anchor}`}>{problem.message}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
