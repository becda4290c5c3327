import { z } from "zod";

const THEME_LABEL_MAX = 120;
const KEY_PHRASES_MAX = 20;

const list = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : []);
const label = z.string().trim().min(1, "validation.insight.label").max(THEME_LABEL_MAX, "validation.insight.labelTooLong");
const themeId = z.uuid("validation.insight.themeGone");
const questionKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "validation.insight.question");

const blank = (value: unknown) => (value === "" ? undefined : value);
/** What a form analyses: a topic's comments (topicId), or one free-text question of a survey (surveyId and questionKey). */
const subjectFields = {
  topicId: z.preprocess(blank, z.uuid("validation.insight.subject").optional()),
  surveyId: z.preprocess(blank, z.uuid("validation.insight.subject").optional()),
  questionKey: z.preprocess(blank, questionKey.optional()),
};
type SubjectFields = { topicId?: string; surveyId?: string; questionKey?: string };
/** What is analysed (the use cases' SubjectRef). */
export type TSubject = { kind: "topic"; topicId: string } | { kind: "survey_question"; surveyId: string; questionKey: string };

function subjectOf(fields: SubjectFields, context: z.RefinementCtx): TSubject {
  if (fields.topicId) return { kind: "topic", topicId: fields.topicId };
  if (fields.surveyId && fields.questionKey) return { kind: "survey_question", surveyId: fields.surveyId, questionKey: fields.questionKey };
  context.addIssue({ code: "custom", message: "validation.insight.subject", path: ["questionKey"] });
  return z.NEVER;
}

export const ZRunAnalysis = z.object(subjectFields).transform((fields, context) => subjectOf(fields, context));

/** Key phrases as an officer types them: separated by commas, blanks dropped, each said once. */
const keyPhrases = z
  .string()
  .max(1000, "validation.insight.phrasesTooLong")
  .transform((value) => [...new Set(value.split(",").map((phrase) => phrase.trim().toLowerCase()).filter(Boolean))])
  .pipe(z.array(z.string().max(80, "validation.insight.phrasesTooLong")).max(KEY_PHRASES_MAX, "validation.insight.phrasesTooLong"));

export const ZCreateTheme = z
  .object({ ...subjectFields, label, keyPhrases: z.preprocess((value) => value ?? "", keyPhrases) })
  .transform(({ topicId, surveyId, questionKey, ...rest }, context) => ({ ...rest, subject: subjectOf({ topicId, surveyId, questionKey }, context) }));

export const ZRenameTheme = z.object({ themeId, label });
export const ZDeleteTheme = z.object({ themeId });
export const ZMergeThemes = z.object({
  themeIds: z.preprocess(list, z.array(themeId).transform((ids) => [...new Set(ids)]).pipe(z.array(z.string()).min(2, "validation.insight.chooseTwo"))),
  label: z.preprocess((value) => (value === "" ? undefined : value), label.optional()),
});
export const ZSplitTheme = z.object({
  themeId,
  phrases: z.preprocess(list, z.array(z.string().min(1).max(200)).min(1, "validation.insight.choosePhrases")),
  label,
});
export const ZCodeItem = z.object({ themeId, itemId: z.uuid("validation.insight.itemGone"), change: z.enum(["add", "remove"]) });

/** The analysis pages' query string: anything malformed is ignored. */
export const ZAnalysisQuery = z.object({
  question: questionKey.optional().catch(undefined),
  by: z.string().max(40).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  theme: z.uuid().optional().catch(undefined),
  item: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TAnalysisQuery = z.output<typeof ZAnalysisQuery>;

/** The counts download's query string: strict, so a mistyped dimension is refused rather than ignored. */
export const ZCountsQuery = z.object({
  by: z.string().max(40),
  topicId: z.uuid().optional(),
  surveyId: z.uuid().optional(),
  questionKey: questionKey.optional(),
});
