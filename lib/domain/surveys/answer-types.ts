/**
 * Canonical answers, as stored on a response (jsonb): keyed by question id. Text, date (ISO
 * yyyy-mm-dd), email, postcode (normalised), single choice, dropdown, yes/no ("yes" | "no") and
 * consent ("yes") are strings; multiple choice is a string array; number and scale are numbers;
 * grid is row id → scale point. "Other, please specify" text sits under "<question id>.other".
 */
export type AnswerValue = string | number | string[] | Record<string, number>;
export type Answers = Record<string, AnswerValue>;
