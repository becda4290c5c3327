import type { Answers } from "@/lib/domain/surveys/answer-types";
import type { Question, SurveyDefinition, SurveyOption } from "@/lib/domain/surveys/definition";
import { allQuestions, conditionValues, OTHER_OPTION } from "@/lib/domain/surveys/definition";
import { otherKey } from "@/lib/domain/surveys/logic";
import { SIC_SECTIONS, SIZE_BANDS } from "@/lib/domain/surveys/organisation";
import { ENGLISH_NAMES } from "@/lib/domain/translations/english-names";
import { isLocale } from "@/lib/i18n/locales";
import type { ExportValue } from "./csv-cell";
import type { ColumnKind } from "./xlsx-cell";

/** One submitted response as the export reads it. */
export interface ExportResponse {
  reference: string | null;
  submittedAt: Date | null;
  /** The language of the pages the response was sent from: the answers themselves are keys, whatever it was. */
  locale: string;
  /** How it came in: web, paper, phone or event. */
  channel: string;
  organisationName: string | null;
  sector: string | null;
  sizeBand: string | null;
  neighbourhood: string | null;
  respondentName: string | null;
  respondentEmail: string | null;
  answers: Answers;
}

export interface ExportColumn {
  header: string;
  /** The value as the CSV writes it: dates as ISO text. */
  value: (response: ExportResponse) => ExportValue;
  /** Set for dates, which a workbook writes as date cells; otherwise the value's own type decides. */
  kind?: ColumnKind;
}

export interface ExportColumnOptions {
  /** The survey asks for the organisation: name, sector, size, neighbourhood. */
  organisation: boolean;
  /** A named survey: who answered. Never for anonymous surveys. */
  identity: boolean;
}

export const TICKED = "Yes";

const labelled = (key: string | undefined, labels: Record<string, string>) => (key ? (labels[key] ?? key) : null);
const text = (value: unknown): ExportValue => (typeof value === "string" && value !== "" ? value : null);
const number = (value: unknown): ExportValue => (typeof value === "number" ? value : null);

function optionLabel(options: SurveyOption[], value: unknown): ExportValue {
  if (typeof value !== "string" || value === "") return null;
  if (value === OTHER_OPTION) return "Other";
  return options.find((option) => option.id === value)?.label ?? value;
}

function otherColumn(question: Question): ExportColumn {
  return { header: `${question.title}: other (please specify)`, value: (response) => text(response.answers[otherKey(question.id)]) };
}

/** The columns one question becomes: one, or one per option (multiple choice) or row (grid). */
export function questionColumns(question: Question): ExportColumn[] {
  const answer = (response: ExportResponse) => response.answers[question.id];
  switch (question.type) {
    case "multiple_choice": {
      const options = question.allowOther ? [...question.options, { id: OTHER_OPTION, label: "Other" }] : question.options;
      const ticks = options.map(({ id, label }) => ({
        header: `${question.title}: ${label}`,
        value: (response: ExportResponse) => {
          const chosen = answer(response);
          return Array.isArray(chosen) && chosen.includes(id) ? TICKED : null;
        },
      }));
      return question.allowOther ? [...ticks, otherColumn(question)] : ticks;
    }
    case "single_choice":
    case "dropdown": {
      const column = { header: question.title, value: (response: ExportResponse) => optionLabel(question.options, answer(response)) };
      return question.allowOther ? [column, otherColumn(question)] : [column];
    }
    case "yes_no":
    case "consent":
      return [{ header: question.title, value: (response) => optionLabel(conditionValues(question), answer(response)) }];
    case "grid":
      return question.rows.map(({ id, label }) => ({
        header: `${question.title}: ${label}`,
        value: (response: ExportResponse) => {
          const rows = answer(response);
          return rows && typeof rows === "object" && !Array.isArray(rows) ? number(rows[id]) : null;
        },
      }));
    case "number":
    case "scale":
      return [{ header: question.title, value: (response) => number(answer(response)) }];
    case "date":
      // Stored as ISO yyyy-mm-dd.
      return [{ header: question.title, kind: "date", value: (response) => text(answer(response)) }];
    default:
      // Text, email, postcode.
      return [{ header: question.title, value: (response) => text(answer(response)) }];
  }
}

/** Every column of an export, in order: reference, time, language, channel, organisation, respondent, then the questions. */
export function exportColumns(definition: SurveyDefinition, options: ExportColumnOptions): ExportColumn[] {
  const columns: ExportColumn[] = [
    { header: "Reference", value: (response) => response.reference },
    { header: "Submitted at", kind: "datetime", value: (response) => response.submittedAt?.toISOString() ?? null },
    { header: "Language", value: (response) => (isLocale(response.locale) ? ENGLISH_NAMES[response.locale] : response.locale) },
    { header: "Channel", value: (response) => response.channel },
  ];
  if (options.organisation) {
    columns.push(
      { header: "Organisation", value: (response) => response.organisationName },
      { header: "Sector", value: (response) => labelled(response.sector ?? undefined, SIC_SECTIONS) },
      { header: "Size", value: (response) => labelled(response.sizeBand ?? undefined, SIZE_BANDS) },
      { header: "Neighbourhood", value: (response) => response.neighbourhood },
    );
  }
  if (options.identity) {
    columns.push({ header: "Respondent name", value: (response) => response.respondentName }, { header: "Respondent email", value: (response) => response.respondentEmail });
  }
  return [...columns, ...allQuestions(definition).flatMap(({ question }) => questionColumns(question))];
}
