import type { Question } from "@/lib/domain/surveys/definition";
import { ChoiceQuestion } from "./choice-question";
import { ConsentQuestion } from "./consent-question";
import { DateQuestion } from "./date-question";
import { GridQuestion } from "./grid-question";
import type { QuestionProps } from "./question-props";
import { ScaleQuestion } from "./scale-question";
import { SelectQuestion } from "./select-question";
import { TextQuestion } from "./text-question";

/** The right component for a question's type. */
export function QuestionField({ question, values, errors, inEnglish }: QuestionProps & { question: Question }) {
  const props = { values, errors, inEnglish };
  switch (question.type) {
    case "short_text":
    case "long_text":
    case "number":
    case "email":
    case "postcode":
      return <TextQuestion question={question} {...props} />;
    case "single_choice":
    case "multiple_choice":
    case "yes_no":
      return <ChoiceQuestion question={question} {...props} />;
    case "dropdown":
      return <SelectQuestion question={question} {...props} />;
    case "scale":
      return <ScaleQuestion question={question} {...props} />;
    case "grid":
      return <GridQuestion question={question} {...props} />;
    case "date":
      return <DateQuestion question={question} {...props} />;
    case "consent":
      return <ConsentQuestion question={question} {...props} />;
  }
}
