import { useTranslations } from "next-intl";
import type { Question, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { conditionWords } from "@/lib/domain/surveys/builder/condition-words";

function details(question: Question, t: ReturnType<typeof useTranslations<"surveyBuilder.view">>): string[] {
  const list: string[] = [];
  if ("options" in question) list.push(`${t("options", { options: question.options.map((option) => option.label).join(", ") })}${question.allowOther ? ` ${t("other")}` : ""}`);
  if ("points" in question) list.push(t("scale", { points: question.points }) + (question.minLabel || question.maxLabel ? ` (${question.minLabel} … ${question.maxLabel})` : ""));
  if (question.type === "grid") list.push(t("rows", { rows: question.rows.map((row) => row.label).join(", ") }));
  return list;
}

/** The sections and questions, read-only: for the history, and for the editor page without JavaScript. */
export function DefinitionView({ definition, headingLevel = 3 }: { definition: SurveyDefinition; headingLevel?: 2 | 3 }) {
  const t = useTranslations("surveyBuilder.view");
  const types = useTranslations("surveyBuilder.editor.types");
  const words = useTranslations("surveyBuilder.editor.condition");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // Questions are numbered across sections: each section's list starts after the ones before it.
  const firstNumbers = definition.sections.map((_, index) => definition.sections.slice(0, index).reduce((total, section) => total + section.questions.length, 1));
  return (
    <div className="builder-view">
      {definition.sections.map((section, index) => (
        <section key={section.id} className="builder-section" aria-labelledby={`view-${section.id}`}>
          <Heading id={`view-${section.id}`} className="builder-section__heading">
            {index + 1}. {section.title}
          </Heading>
          {section.intro ? <p>{section.intro}</p> : null}
          <p className="builder-condition__words">{conditionWords(words, definition, section.showIf)}</p>
          <ol className="builder-view__questions">
            {section.questions.map((question, questionIndex) => {
              return (
                <li key={question.id} value={(firstNumbers[index] ?? 1) + questionIndex}>
                  <strong>{question.title}</strong> <span className="tag tag--quiet">{types(question.type)}</span> <span className="tag tag--quiet">{question.required ? t("required") : t("optional")}</span>
                  {question.hint ? <p className="hint">{question.hint}</p> : null}
                  {details(question, t).map((line) => (
                    <p key={line} className="builder-view__detail">
                      {line}
                    </p>
                  ))}
                  {question.showIf ? <p className="builder-condition__words">{conditionWords(words, definition, question.showIf)}</p> : null}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
