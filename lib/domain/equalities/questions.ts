/**
 * The optional "about you" (equalities monitoring) questions, in the categories of the Census 2021
 * for England (ONS), so the people who take part can be compared with the area's population as the
 * census counted it. Answers are keys (never wording); their words are in messages/*.json under
 * aboutYou.answers, and the census category each key stands for is in ./census-categories.ts.
 * Every question may be skipped, and every question has "prefer not to say".
 */

export const PREFER_NOT_TO_SAY = "prefer_not_to_say";

/** The ethnic group question's 19 answers, under the census's 5 headings. */
export const ETHNIC_GROUP_HEADINGS = {
  asian: ["asian_bangladeshi", "asian_chinese", "asian_indian", "asian_pakistani", "asian_other"],
  black: ["black_african", "black_caribbean", "black_other"],
  mixed: ["mixed_white_asian", "mixed_white_black_african", "mixed_white_black_caribbean", "mixed_other"],
  white: ["white_british", "white_irish", "white_gypsy_traveller", "white_roma", "white_other"],
  other: ["other_arab", "other_any"],
} as const;

/**
 * Each question's answers, in the order the form lists them, without "prefer not to say" (which
 * every question has, last). The order of the questions is the form's.
 */
export const QUESTION_ANSWERS = {
  /** Age on the day of answering, in bands that add up from the census's single years of age (TS007). */
  age_band: ["under_16", "16_24", "25_34", "35_44", "45_54", "55_64", "65_74", "75_84", "85_over"],
  /** The census's sex question (TS008). */
  sex: ["female", "male"],
  /** "Is the gender you identify with the same as your sex registered at birth?" (TS078, 16 and over). */
  gender_identity: ["same", "different"],
  ethnic_group: Object.values(ETHNIC_GROUP_HEADINGS).flat(),
  /** Disability under the Equality Act 2010: day-to-day activities limited a lot, a little, or not (TS038). */
  disability: ["limited_a_lot", "limited_a_little", "not_limited"],
  /** TS030. */
  religion: ["none", "christian", "buddhist", "hindu", "jewish", "muslim", "sikh", "other"],
  /** TS077, 16 and over. */
  sexual_orientation: ["straight", "gay_lesbian", "bisexual", "other"],
  /** Unpaid care for someone because of their health, disability or age, in hours a week (TS039). */
  unpaid_care: ["none", "9_or_less", "10_19", "20_34", "35_49", "50_or_more"],
  /**
   * Main language (TS024): English, British Sign Language, and languages widely spoken in Coventry;
   * everything else is "other". A council elsewhere changes this list (and its messages) to suit.
   */
  main_language: ["english", "bsl", "polish", "punjabi", "romanian", "arabic", "urdu", "gujarati", "bengali", "kurdish", "tigrinya", "portuguese", "other"],
} as const satisfies Record<string, readonly string[]>;

export type EqualitiesQuestion = keyof typeof QUESTION_ANSWERS;
export const EQUALITIES_QUESTIONS = Object.keys(QUESTION_ANSWERS) as EqualitiesQuestion[];

/** An answer a person may give to a question: one of its categories, or "prefer not to say". */
export type EqualitiesAnswer<Q extends EqualitiesQuestion = EqualitiesQuestion> = (typeof QUESTION_ANSWERS)[Q][number] | typeof PREFER_NOT_TO_SAY;

/** A person's answers: a question they skipped is null. */
export type EqualitiesAnswers = { [Q in EqualitiesQuestion]: EqualitiesAnswer<Q> | null };

/** Every answer a question offers on the form, "prefer not to say" last. */
export function answerOptions(question: EqualitiesQuestion): readonly string[] {
  return [...QUESTION_ANSWERS[question], PREFER_NOT_TO_SAY];
}

export function isQuestion(value: string): value is EqualitiesQuestion {
  return Object.hasOwn(QUESTION_ANSWERS, value);
}

/** Whether `answer` is one of the question's census categories ("prefer not to say" is not). */
export function isCategory(question: EqualitiesQuestion, answer: string): boolean {
  return (QUESTION_ANSWERS[question] as readonly string[]).includes(answer);
}

/** Answers with nothing chosen: what a person who skipped every question has. */
export const NO_ANSWERS: EqualitiesAnswers = Object.fromEntries(EQUALITIES_QUESTIONS.map((question) => [question, null])) as EqualitiesAnswers;

/** Whether a person answered at least one question ("prefer not to say" is an answer). */
export function hasAnyAnswer(answers: EqualitiesAnswers): boolean {
  return EQUALITIES_QUESTIONS.some((question) => answers[question] !== null);
}
