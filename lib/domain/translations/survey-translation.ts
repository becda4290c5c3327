import type { Question, SurveyDefinition, SurveyOption } from "@/lib/domain/surveys/definition";
import type { Locale } from "@/lib/i18n/locales";
import { pickText, type ReadingState, type TranslatableField, type TranslationFields } from "./translation-fields";

/** What of a survey is written in English: its words outside the questions, and its definition. */
export interface SurveyTexts {
  title: string;
  summary: string;
  thankYou: string;
  definition: SurveyDefinition;
}

/** Translations may run longer than the English; these are the English limits with room to spare. */
const LIMITS = { title: 200, summary: 700, thankYou: 1300, sectionTitle: 250, intro: 2500, question: 400, hint: 700, option: 250, endLabel: 80 } as const;

/** The fields of one part of the survey, for the console's form: the survey itself, a section, or a question. */
export interface FieldGroup {
  id: string;
  kind: "survey" | "section" | "question";
  /** Section n of the survey (sections), question n of the survey (questions), from 1. */
  number: number;
  fields: TranslatableField[];
}

const line = (key: string, part: TranslatableField["part"], original: string, max: number): TranslatableField => ({ key, kind: "line", part, original, max });
const text = (key: string, part: TranslatableField["part"], original: string, max: number): TranslatableField => ({ key, kind: "text", part, original, max });

/** A question's own words: its text, hint, options or grid rows, and a scale's end labels (those it has). */
function questionFields(question: Question): TranslatableField[] {
  const key = `question.${question.id}`;
  const fields = [line(`${key}.title`, "question", question.title, LIMITS.question)];
  if (question.hint) fields.push(text(`${key}.hint`, "hint", question.hint, LIMITS.hint));
  if ("options" in question) fields.push(...question.options.map((option) => line(`${key}.option.${option.id}`, "option", option.label, LIMITS.option)));
  if (question.type === "grid") fields.push(...question.rows.map((row) => line(`${key}.row.${row.id}`, "row", row.label, LIMITS.option)));
  if (question.type === "scale" || question.type === "grid") {
    if (question.minLabel) fields.push(line(`${key}.minLabel`, "minLabel", question.minLabel, LIMITS.endLabel));
    if (question.maxLabel) fields.push(line(`${key}.maxLabel`, "maxLabel", question.maxLabel, LIMITS.endLabel));
  }
  return fields;
}

/**
 * Everything of a survey that can be translated, grouped as the survey is: its title, summary and
 * thank-you text; each section's title and introduction; each question's text, hint and options.
 * Keys are the definition's own ids, so a question moved or reworded keeps its key.
 */
export function surveyFieldGroups(survey: SurveyTexts): FieldGroup[] {
  const about = [line("title", "title", survey.title, LIMITS.title), text("summary", "summary", survey.summary, LIMITS.summary)];
  if (survey.thankYou) about.push(text("thankYou", "thankYou", survey.thankYou, LIMITS.thankYou));
  const groups: FieldGroup[] = [{ id: "survey", kind: "survey", number: 1, fields: about }];
  let questionNumber = 0;
  survey.definition.sections.forEach((section, index) => {
    const fields = [line(`section.${section.id}.title`, "sectionTitle", section.title, LIMITS.sectionTitle)];
    if (section.intro) fields.push(text(`section.${section.id}.intro`, "intro", section.intro, LIMITS.intro));
    groups.push({ id: `section.${section.id}`, kind: "section", number: index + 1, fields });
    for (const question of section.questions) {
      questionNumber += 1;
      groups.push({ id: `question.${question.id}`, kind: "question", number: questionNumber, fields: questionFields(question) });
    }
  });
  return groups;
}

export const surveyFields = (survey: SurveyTexts): TranslatableField[] => surveyFieldGroups(survey).flatMap((group) => group.fields);

export interface LocalisedSurvey<T extends SurveyTexts> {
  /** The survey with every translated word in place; ids, types and rules exactly as they were. */
  survey: T;
  state: ReadingState;
  /** A translation is shown, but some of the survey is in English. */
  partial: boolean;
  /** The keys of the fields shown in English to a reader of another language (none for English readers). */
  inEnglish: string[];
}

/**
 * The survey for a reader of `locale`: each word in their language where a translation matches the
 * English, otherwise in English. Only words change: question and option ids, types, conditions and
 * limits are the survey's own, so answers, validation and tallies work by key whatever the language.
 */
export function localiseSurvey<T extends SurveyTexts>(survey: T, stored: TranslationFields | null, locale: Locale): LocalisedSurvey<T> {
  const inEnglish: string[] = [];
  let translated = false;
  const pick = (key: string, english: string): string => {
    if (english === "") return english;
    const shown = pickText({ key, original: english }, english, stored, locale);
    if (shown.lang === "en") inEnglish.push(key);
    else translated = true;
    return shown.text;
  };
  const options = (key: string, list: SurveyOption[], kind: "option" | "row") => list.map((option) => ({ ...option, label: pick(`${key}.${kind}.${option.id}`, option.label) }));
  const localiseQuestion = (question: Question): Question => {
    const key = `question.${question.id}`;
    const localised = { ...question, title: pick(`${key}.title`, question.title), hint: pick(`${key}.hint`, question.hint) } as Question;
    if ("options" in localised) localised.options = options(key, localised.options, "option");
    if (localised.type === "grid") localised.rows = options(key, localised.rows, "row");
    if (localised.type === "scale" || localised.type === "grid") {
      localised.minLabel = pick(`${key}.minLabel`, localised.minLabel);
      localised.maxLabel = pick(`${key}.maxLabel`, localised.maxLabel);
    }
    return localised;
  };
  const definition: SurveyDefinition = {
    sections: survey.definition.sections.map((section) => ({
      ...section,
      title: pick(`section.${section.id}.title`, section.title),
      intro: pick(`section.${section.id}.intro`, section.intro),
      questions: section.questions.map(localiseQuestion),
    })),
  };
  const localised: T = { ...survey, title: pick("title", survey.title), summary: pick("summary", survey.summary), thankYou: pick("thankYou", survey.thankYou), definition };
  if (locale === "en") return { survey: localised, state: "english", partial: false, inEnglish: [] };
  const state: ReadingState = translated ? "translated" : "untranslated";
  return { survey: localised, state, partial: state === "translated" && inEnglish.length > 0, inEnglish };
}

/** What of one page (a section and the questions it shows) is in English: its keys among `inEnglish`. */
export function pageInEnglish(inEnglish: string[], sectionId: string, questionIds: string[]): string[] {
  const prefixes = [`section.${sectionId}.`, ...questionIds.map((id) => `question.${id}.`)];
  return inEnglish.filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
}
