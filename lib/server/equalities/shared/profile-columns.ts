import "server-only";
import { equalitiesProfiles } from "@/lib/db/schema";
import { EQUALITIES_QUESTIONS, type EqualitiesAnswers, type EqualitiesQuestion } from "@/lib/domain/equalities/questions";

/** Each question's column in equalities_profiles: `select(ANSWER_COLUMNS)` gives a row keyed by question. */
export const ANSWER_COLUMNS = {
  age_band: equalitiesProfiles.ageBand,
  sex: equalitiesProfiles.sex,
  gender_identity: equalitiesProfiles.genderIdentity,
  ethnic_group: equalitiesProfiles.ethnicGroup,
  disability: equalitiesProfiles.disability,
  religion: equalitiesProfiles.religion,
  sexual_orientation: equalitiesProfiles.sexualOrientation,
  unpaid_care: equalitiesProfiles.unpaidCare,
  main_language: equalitiesProfiles.mainLanguage,
} as const satisfies Record<EqualitiesQuestion, unknown>;

type AnswerValues = Pick<typeof equalitiesProfiles.$inferInsert, "ageBand" | "sex" | "genderIdentity" | "ethnicGroup" | "disability" | "religion" | "sexualOrientation" | "unpaidCare" | "mainLanguage">;

/** The answers as the table's columns, for an insert or an update. */
export function answerValues(answers: EqualitiesAnswers): AnswerValues {
  return {
    ageBand: answers.age_band,
    sex: answers.sex,
    genderIdentity: answers.gender_identity,
    ethnicGroup: answers.ethnic_group,
    disability: answers.disability,
    religion: answers.religion,
    sexualOrientation: answers.sexual_orientation,
    unpaidCare: answers.unpaid_care,
    mainLanguage: answers.main_language,
  };
}

/** A row selected with ANSWER_COLUMNS, as answers (only the questions, whatever else was selected). */
export function answersOf(row: { [Q in EqualitiesQuestion]: EqualitiesAnswers[Q] }): EqualitiesAnswers {
  return Object.fromEntries(EQUALITIES_QUESTIONS.map((question) => [question, row[question]])) as EqualitiesAnswers;
}
