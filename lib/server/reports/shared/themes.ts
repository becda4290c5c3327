import "server-only";
import type { Executor } from "@/lib/db/client";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import { QUOTES_PER_THEME, suppressThemes, type ThemeRow } from "@/lib/domain/reports/suppress-facts";
import type { ReportTheme } from "@/lib/domain/reports/facts";
import { findSubject, freeTextQuestions, type SubjectRef } from "@/lib/server/insight/shared/subject";
import { listVisibleThemes } from "@/lib/server/insight/shared/visible-themes";
import type { ReportSubject } from "./subject";

/** What was analysed for the report: the topic's comments, or each of the survey's free-text questions. */
function analysedRefs(subject: ReportSubject, definition: SurveyDefinition | null): { ref: SubjectRef; question: string | null }[] {
  if (subject.kind === "topic") return [{ ref: { kind: "topic", topicId: subject.id }, question: null }];
  return definition ? freeTextQuestions(definition).map((question) => ({ ref: { kind: "survey_question", surveyId: subject.id, questionKey: question.key }, question: question.title })) : [];
}

/**
 * The subject's themes as the analysis pages count them (lib/server/insight: visible themes, codings
 * not removed, only items still shown: published comments, submitted answers with text), each with its
 * best-scored quotes, then suppressed for the report.
 */
export async function readThemes(executor: Executor, subject: ReportSubject, definition: SurveyDefinition | null): Promise<ReportTheme[]> {
  const themes: ThemeRow[] = [];
  for (const { ref, question } of analysedRefs(subject, definition)) {
    const found = await findSubject(executor, ref);
    if (!found) continue;
    for (const theme of await listVisibleThemes(executor, found, { quotes: QUOTES_PER_THEME })) {
      themes.push({ label: theme.label, question, keyPhrases: theme.keyPhrases, count: theme.count, quotes: theme.quotes.map((quote) => quote.text).filter((text) => text.trim() !== "") });
    }
  }
  return suppressThemes(themes);
}
