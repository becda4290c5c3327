import { message, type Message } from "@/lib/errors";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { allQuestions, conditionValues, OTHER_OPTION, type Question, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { organisationField, SIC_CODES, SIZE_BAND_CODES } from "@/lib/domain/surveys/organisation";
import { csvLine, UTF8_BOM } from "@/lib/domain/surveys/export/csv-cell";
import { OFFLINE_CHANNELS } from "./channels";

/** The organisation block's columns in an import file, and the form field each fills. */
const ORGANISATION_COLUMNS = {
  organisation_name: organisationField("organisationName"),
  sector: organisationField("sector"),
  size_band: organisationField("sizeBand"),
  neighbourhood: organisationField("neighbourhoodId"),
} as const;
type OrganisationColumn = keyof typeof ORGANISATION_COLUMNS;

/**
 * One column of a survey's response import file: its name (a question's key; a grid row or an
 * "other" text adds `.<row>` or `.other`), the form field it fills, whether it must be filled in,
 * and what it takes, as a message for the import page to show.
 */
export interface ImportColumn {
  name: string;
  /** The form field it fills (`q.<key>`, `q.<key>.<row>`, `org.<field>`), or the row's own `channel` and `received`. */
  field: string;
  question: Question | null;
  required: boolean;
  takes: Message;
}

const listed = (values: string[]) => values.join(", ");

function questionTakes(question: Question): Message {
  const values = listed(conditionValues(question).map((option) => option.id));
  switch (question.type) {
    case "single_choice":
    case "dropdown":
      return message("surveyOffline.takes.oneOf", { values });
    case "multiple_choice":
      return message("surveyOffline.takes.anyOf", { values });
    case "yes_no":
      return message("surveyOffline.takes.yesNo");
    case "consent":
      return message("surveyOffline.takes.consent");
    case "scale":
    case "grid":
      return message("surveyOffline.takes.scale", { points: question.points });
    case "number":
      return message("surveyOffline.takes.number");
    case "date":
      return message("surveyOffline.takes.date");
    case "email":
      return message("surveyOffline.takes.email");
    case "postcode":
      return message("surveyOffline.takes.postcode");
    default:
      return message("surveyOffline.takes.text");
  }
}

function questionColumns(question: Question): ImportColumn[] {
  const column = (name: string, field: string, takes = questionTakes(question)): ImportColumn => ({ name, field, question, required: question.required, takes });
  if (question.type === "grid") return question.rows.map((row) => column(`${question.id}.${row.id}`, fieldName(question.id, row.id)));
  const own = column(question.id, fieldName(question.id));
  if (!("allowOther" in question) || !question.allowOther) return [own];
  return [own, { ...column(`${question.id}.${OTHER_OPTION}`, fieldName(question.id, OTHER_OPTION), message("surveyOffline.takes.other")), required: false }];
}

const ORGANISATION_TAKES: Record<OrganisationColumn, Message> = {
  organisation_name: message("surveyOffline.takes.organisationName"),
  sector: message("surveyOffline.takes.sector", { first: SIC_CODES[0] ?? "A", last: SIC_CODES.at(-1) ?? "U" }),
  size_band: message("surveyOffline.takes.sizeBand", { values: listed(SIZE_BAND_CODES) }),
  neighbourhood: message("surveyOffline.takes.neighbourhood"),
};

/**
 * Every column of a survey's import file, in order: the channel and the day received, the
 * organisation block where the survey asks for it, then each question (one column per grid row,
 * and one for "other" text where a question offers it).
 */
export function importColumns(definition: SurveyDefinition, asksOrganisation: boolean): ImportColumn[] {
  const columns: ImportColumn[] = [
    { name: "channel", field: "channel", question: null, required: true, takes: message("surveyOffline.takes.channel", { values: listed([...OFFLINE_CHANNELS]) }) },
    { name: "received", field: "received", question: null, required: false, takes: message("surveyOffline.takes.received") },
  ];
  if (asksOrganisation) {
    for (const [name, field] of Object.entries(ORGANISATION_COLUMNS)) columns.push({ name, field, question: null, required: true, takes: ORGANISATION_TAKES[name as OrganisationColumn] });
  }
  return [...columns, ...allQuestions(definition).flatMap(({ question }) => questionColumns(question))];
}

/** The file to fill in: the header row alone. UTF-8 with a byte order mark, so spreadsheets open it as such. */
export function importTemplateCsv(columns: ImportColumn[]): string {
  return UTF8_BOM + csvLine(columns.map((column) => column.name));
}
