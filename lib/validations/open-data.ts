import { z } from "zod";

/**
 * The open data API (/api/open/v1): its query strings, and the shape of everything it answers. The
 * use cases return exactly these types, the OpenAPI description is generated from these schemas
 * (lib/domain/open-data/openapi.ts), and the integration tests parse every answer with them (strict
 * objects: a field added to an answer without being described here fails the tests).
 */

const OPEN_DATA_PAGE_SIZE = { default: 50, max: 100 } as const;
/** Cursors carry the last row's key (a slug or an id) as base64url: nothing else is ever in one. */
const CURSOR_KEY = /^[a-z0-9-]{1,200}$/;

/** The `next` link's cursor, decoded to the key it carries. */
export function encodeOpenCursor(key: string): string {
  return Buffer.from(key, "utf8").toString("base64url");
}

const cursor = z
  .string({ error: "validation.openData.cursor" })
  .max(300, { error: "validation.openData.cursor" })
  .transform((value, ctx) => {
    const key = /^[A-Za-z0-9_-]+$/.test(value) ? Buffer.from(value, "base64url").toString("utf8") : "";
    if (!CURSOR_KEY.test(key)) {
      ctx.addIssue({ code: "custom", message: "validation.openData.cursor" });
      return z.NEVER;
    }
    return key;
  })
  .optional();

const limit = z.coerce
  .number({ error: "validation.openData.limit" })
  .int({ error: "validation.openData.limit" })
  .min(1, { error: "validation.openData.limit" })
  .max(OPEN_DATA_PAGE_SIZE.max, { error: "validation.openData.limit" })
  .default(OPEN_DATA_PAGE_SIZE.default);

const format = z.enum(["json", "csv"], { error: "validation.openData.format" }).default("json");

const PUBLIC_TOPIC_STATUSES = ["open", "closed", "outcome"] as const;

/** GET /topics: a page (limit, cursor), optionally one status; `format=csv` is every row at once. */
export const ZOpenTopicsQuery = z.object({
  limit,
  cursor,
  status: z.enum(PUBLIC_TOPIC_STATUSES, { error: "validation.openData.status" }).optional(),
  format,
});
export type TOpenTopicsQuery = z.output<typeof ZOpenTopicsQuery>;

/** GET /surveys and /reports: a page. */
export const ZOpenPageQuery = z.object({ limit, cursor });

/** GET /topics/{slug}/themes and /surveys/{slug}/results: JSON or CSV. */
export const ZOpenFormatQuery = z.object({ format });

// --- What the API answers -------------------------------------------------------------------

/** The schemas the OpenAPI description names under components/schemas. */
export const openDataSchemas = z.registry<{ id: string; description?: string }>();

const dateTime = z.iso.datetime({ offset: true }).describe("ISO 8601 date and time");
const link = z.url().describe("An absolute address on this site");

const ZOpenLicence = z.strictObject({ name: z.string(), url: link }).register(openDataSchemas, { id: "Licence" });

const ZNamed = z.strictObject({ slug: z.string(), name: z.string() }).register(openDataSchemas, { id: "Named", description: "A reference item: a theme of the network or a neighbourhood" });

const ZOpenTopic = z
  .strictObject({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    status: z.enum(PUBLIC_TOPIC_STATUSES),
    publishedAt: dateTime.nullable(),
    themes: z.array(ZNamed).describe("The network's themes the topic is tied to"),
    neighbourhoods: z.array(ZNamed),
    keyDates: z.array(
      z.strictObject({
        kind: z.enum(["opens", "closes", "decision", "custom"]),
        label: z.string().nullable(),
        date: z.iso.date(),
      }),
    ),
    commentCount: z.int().min(0).describe("Published comments and replies (comments waiting for a moderator or removed are not counted)"),
    outcome: z
      .strictObject({
        html: z.string().describe("Sanitised HTML, as shown on the topic's page"),
        text: z.string(),
        publishedAt: dateTime.nullable(),
      })
      .nullable()
      .describe('"You said, we did": the council\'s response, once published'),
    links: z.strictObject({ page: link, themes: link, report: link.nullable() }),
  })
  .register(openDataSchemas, { id: "Topic" });
export type OpenTopic = z.output<typeof ZOpenTopic>;

/** A count as published: exact, or suppressed (null) with why. */
const ZOpenCount = z
  .strictObject({
    count: z.int().min(0).nullable(),
    suppressed: z
      .enum(["fewer_than_threshold", "protects_another"])
      .nullable()
      .describe("fewer_than_threshold: under the threshold; protects_another: hidden too so that a small count cannot be worked out"),
  })
  .register(openDataSchemas, { id: "Count" });
export type OpenCount = z.output<typeof ZOpenCount>;

const ZOpenThemeCounts = z
  .strictObject({
    topic: z.strictObject({ slug: z.string(), title: z.string() }),
    commentCount: z.int().min(0),
    threshold: z.int().describe("Counts under this are suppressed"),
    analysedAt: dateTime.nullable().describe("When the comments were last analysed (null: never)"),
    themes: z.array(z.strictObject({ label: z.string(), comments: ZOpenCount })),
    notInTheme: ZOpenCount.nullable().describe("Published comments in none of the themes, where each comment is in at most one (null otherwise)"),
  })
  .register(openDataSchemas, { id: "ThemeCounts" });
export type OpenThemeCounts = z.output<typeof ZOpenThemeCounts>;

const ZOpenSurvey = z
  .strictObject({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    status: z.enum(["open", "closed"]),
    opensAt: dateTime.nullable(),
    closesAt: dateTime.nullable(),
    resultsPublishedAt: dateTime,
    links: z.strictObject({ page: link, resultsPage: link, results: link, report: link.nullable() }),
  })
  .register(openDataSchemas, { id: "Survey" });
export type OpenSurvey = z.output<typeof ZOpenSurvey>;

const ZOpenSurveyResults = z
  .strictObject({
    survey: z.strictObject({ slug: z.string(), title: z.string(), resultsPublishedAt: dateTime }),
    responses: z.int().nullable().describe("Submitted responses; null when fewer than the threshold"),
    threshold: z.int().describe("Counts under this are suppressed"),
    questions: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        multiple: z.boolean().describe("Several answers each: the counts do not add up to those who answered"),
        answered: z.int().nullable(),
        options: z.array(
          z.strictObject({
            id: z.string(),
            label: z.string(),
            count: z.int().nullable(),
            percent: z.number().nullable(),
            suppressed: z.enum(["fewer_than_threshold", "protects_another"]).nullable(),
          }),
        ),
      }),
    ),
  })
  .register(openDataSchemas, { id: "SurveyResults", description: "Choice, yes/no and scale questions only: never written answers or anything about a respondent" });
export type OpenSurveyResults = z.output<typeof ZOpenSurveyResults>;

const ZOpenReport = z
  .strictObject({
    title: z.string(),
    subject: z.strictObject({ kind: z.enum(["topic", "survey"]), slug: z.string(), title: z.string() }),
    sections: z.array(z.strictObject({ key: z.string(), narrative: z.string() })).describe("The sections the council included, with its narrative"),
    decision: z.string(),
    publishedAt: dateTime,
    url: link,
  })
  .register(openDataSchemas, { id: "Report" });
export type OpenReport = z.output<typeof ZOpenReport>;

/** A page of a list: its rows, the address of the next page (null on the last), and the licence. */
function openPage<T extends z.ZodType>(item: T, id: string) {
  return z.strictObject({ data: z.array(item), next: link.nullable(), licence: ZOpenLicence }).register(openDataSchemas, { id });
}
export const ZOpenTopicPage = openPage(ZOpenTopic, "TopicPage");
export const ZOpenSurveyPage = openPage(ZOpenSurvey, "SurveyPage");
export const ZOpenReportPage = openPage(ZOpenReport, "ReportPage");

/** One thing with the licence it is published under. */
function openItem<T extends z.ZodType>(item: T, id: string) {
  return z.strictObject({ data: item, licence: ZOpenLicence }).register(openDataSchemas, { id });
}
export const ZOpenTopicItem = openItem(ZOpenTopic, "TopicItem");
export const ZOpenThemeCountsItem = openItem(ZOpenThemeCounts, "ThemeCountsItem");
export const ZOpenSurveyResultsItem = openItem(ZOpenSurveyResults, "SurveyResultsItem");

// Every error answer's body (the app's error funnel), for the description.
z
  .strictObject({ error: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() })
  .register(openDataSchemas, { id: "Error", description: "In the request's language (Accept-Language or ?lang=)" });

export type OpenTopicPage = z.output<typeof ZOpenTopicPage>;
export type OpenSurveyPage = z.output<typeof ZOpenSurveyPage>;
export type OpenReportPage = z.output<typeof ZOpenReportPage>;
export type OpenTopicItem = z.output<typeof ZOpenTopicItem>;
export type OpenThemeCountsItem = z.output<typeof ZOpenThemeCountsItem>;
export type OpenSurveyResultsItem = z.output<typeof ZOpenSurveyResultsItem>;
