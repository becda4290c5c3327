import { csvLine, UTF8_BOM, type ExportValue } from "@/lib/domain/surveys/export/csv-cell";
import type { OpenCount, OpenSurveyResults, OpenThemeCounts, OpenTopic } from "@/lib/validations/open-data";

/**
 * The open data downloads: the API's own data as CSV (RFC 4180, UTF-8 with a byte order mark,
 * formulas neutralised), with column names that do not change with the reader's language so that a
 * script can rely on them. A suppressed count is an empty cell with the reason beside it.
 */
function csv(header: string[], rows: ExportValue[][]): string {
  return `${UTF8_BOM}${[header, ...rows].map(csvLine).join("")}`;
}

const firstDate = (topic: OpenTopic, kind: OpenTopic["keyDates"][number]["kind"]) => topic.keyDates.find((date) => date.kind === kind)?.date ?? null;

export function topicsCsv(topics: OpenTopic[]): string {
  return csv(
    ["slug", "title", "summary", "status", "published_at", "themes", "neighbourhoods", "opens_on", "closes_on", "decision_on", "comment_count", "outcome", "outcome_published_at", "page_url", "report_url"],
    topics.map((topic) => [
      topic.slug,
      topic.title,
      topic.summary,
      topic.status,
      topic.publishedAt,
      topic.themes.map((theme) => theme.name).join("; "),
      topic.neighbourhoods.map((place) => place.name).join("; "),
      firstDate(topic, "opens"),
      firstDate(topic, "closes"),
      firstDate(topic, "decision"),
      topic.commentCount,
      topic.outcome?.text ?? null,
      topic.outcome?.publishedAt ?? null,
      topic.links.page,
      topic.links.report,
    ]),
  );
}

const countCells = (count: OpenCount): ExportValue[] => [count.count, count.suppressed];

export function themeCountsCsv(counts: OpenThemeCounts): string {
  const topic = [counts.topic.slug, counts.topic.title];
  return csv(
    ["topic_slug", "topic_title", "row", "theme", "comments", "suppressed", "threshold", "analysed_at"],
    [
      [...topic, "all_published_comments", null, counts.commentCount, null, counts.threshold, counts.analysedAt],
      ...counts.themes.map((theme) => [...topic, "theme", theme.label, ...countCells(theme.comments), counts.threshold, counts.analysedAt]),
      ...(counts.notInTheme ? [[...topic, "not_in_a_theme", null, ...countCells(counts.notInTheme), counts.threshold, counts.analysedAt]] : []),
    ],
  );
}

export function surveyResultsCsv(results: OpenSurveyResults): string {
  const { survey } = results;
  return csv(
    ["survey_slug", "survey_title", "results_published_at", "responses", "question_id", "question", "multiple", "answered", "answer_id", "answer", "count", "percent", "suppressed", "threshold"],
    results.questions.flatMap((question) =>
      question.options.map((answer) => [
        survey.slug,
        survey.title,
        survey.resultsPublishedAt,
        results.responses,
        question.id,
        question.title,
        question.multiple ? "yes" : "no",
        question.answered,
        answer.id,
        answer.label,
        answer.count,
        answer.percent === null ? null : Math.round(answer.percent * 10) / 10,
        answer.suppressed,
        results.threshold,
      ]),
    ),
  );
}
