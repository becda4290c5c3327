import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FieldNotes } from "@/components/ui/field";
import type { Question } from "@/lib/domain/surveys/definition";
import { englishMarks } from "./english-marks";
import { describedBy } from "./form-values";

type Props = {
  question: Question;
  /** The id of the question's first field: labels and hints hang off it. */
  id: string;
  error?: string;
  /** Radios, checkboxes, scales, grids and dates are groups: a fieldset whose legend is the question. */
  group: boolean;
  /** The hint to show: the question's own, with anything the type adds (a number range, a limit). */
  hint?: string;
  children: ReactNode;
  /** The survey's words shown in English on a page in another language (lib/domain/translations). */
  inEnglish?: ReadonlySet<string>;
};

/** The question's hint and what its type adds, as one hint paragraph. */
export function combinedHint(question: Question, extra?: string | null): string {
  return [question.hint, extra].filter(Boolean).join(" ");
}

/** The GOV.UK form group around one question: label or legend, "(optional)", hint and error message. */
export function QuestionFrame({ question, id, error, group, hint = question.hint, children, inEnglish }: Props) {
  const t = useTranslations("surveyRespond.question");
  const title = (
    <>
      <span {...englishMarks(inEnglish, `question.${question.id}.title`)}>{question.title}</span>
      {question.required ? null : <span className="question__optional"> {t("optional")}</span>}
    </>
  );
  const body = (
    <>
      {/* The question's own hint, shown in English on a page in another language, is marked so; one with words the page adds is not. */}
      <FieldNotes id={id} hint={hint} error={error} hintLang={hint === question.hint ? englishMarks(inEnglish, `question.${question.id}.hint`) : undefined} />
      {children}
    </>
  );
  return (
    <div className={error ? "form-group form-group--error question" : "form-group question"}>
      {group ? (
        <fieldset className="fieldset" aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
          <legend className="question__legend">{title}</legend>
          {body}
        </fieldset>
      ) : (
        <>
          <label className="label question__legend" htmlFor={id}>
            {title}
          </label>
          {body}
        </>
      )}
    </div>
  );
}
