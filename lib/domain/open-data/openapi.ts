import { z } from "zod";
import { OPEN_DATA_LICENCE } from "./licence";
import { openDataSchemas, ZOpenFormatQuery, ZOpenPageQuery, ZOpenTopicsQuery } from "@/lib/validations/open-data";

/**
 * The OpenAPI 3.1 description of /api/open/v1, generated from the zod schemas the routes parse their
 * query strings with and the use cases' answers are typed by (lib/validations/open-data.ts), so the
 * description cannot say something the API does not do.
 */

type Json = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: Json) => ({ "application/json": { schema } });
const CSV = { "text/csv": { schema: { type: "string", description: "UTF-8 with a byte order mark; RFC 4180" } } };

const DESCRIPTIONS: Record<string, string> = {
  limit: "Rows per page",
  cursor: "Where the page starts: the cursor in the previous page's `next` link, as given",
  status: "Only topics with this status",
  format: "csv: the same data as a CSV download (for a list, every row at once: limit and cursor do not apply)",
};

/** A query schema's fields as OpenAPI query parameters, each described by its own JSON Schema. */
function queryParameters(schema: z.ZodObject): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema: _dialect, ...described } = z.toJSONSchema(field as z.ZodType, { io: "input", unrepresentable: "any" });
    return { name, in: "query", required: false, description: DESCRIPTIONS[name] ?? name, schema: described };
  });
}

const slugParameter = (what: string) => ({ name: "slug", in: "path", required: true, description: `The ${what}'s slug, as in its address on the site`, schema: { type: "string" } });

const CACHED = {
  "Cache-Control": { description: "public, max-age and stale-while-revalidate", schema: { type: "string" } },
  ETag: { description: "Send it back in If-None-Match: an unchanged answer is a 304 with no body", schema: { type: "string" } },
  "Access-Control-Allow-Origin": { schema: { type: "string", const: "*" } },
};

function answers(body: Json, options: { csv?: boolean; notFound?: string } = {}): Json {
  const error = (description: string, headers: Json = {}) => ({ description, headers, content: json(ref("Error")) });
  return {
    "200": { description: "OK", headers: CACHED, content: { ...json(body), ...(options.csv ? CSV : {}) } },
    "304": { description: "Not modified (If-None-Match matched the ETag)", headers: CACHED },
    "400": error("A query parameter is not valid: `fieldErrors` names it"),
    ...(options.notFound ? { "404": error(options.notFound) } : {}),
    "429": error("Too many requests from this address: wait for Retry-After seconds", { "Retry-After": { schema: { type: "integer" } } }),
  };
}

function get(summary: string, description: string, parameters: Json[], responses: Json): Json {
  return { get: { summary, description, parameters, responses } };
}

export function openApiDocument(site: string, ratePerMinute: number): Json {
  const { schemas } = z.toJSONSchema(openDataSchemas, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  const components = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"))]));
  const page = queryParameters(ZOpenPageQuery);
  const format = queryParameters(ZOpenFormatQuery);
  return {
    openapi: "3.1.0",
    info: {
      title: "Let's Talk open data",
      version: "1.0.0",
      description:
        `Published topics, their comment counts by theme, published survey results and published consultation reports, read-only. ` +
        `Nothing unpublished and nothing about a person: counts under the threshold are suppressed so that they cannot be worked out. ` +
        `No key or sign-in is needed; cookies are ignored. Each network address may make ${ratePerMinute} requests a minute. ` +
        `Answers may be cached for the time Cache-Control gives.`,
      license: { name: OPEN_DATA_LICENCE.name, url: OPEN_DATA_LICENCE.url },
    },
    servers: [{ url: new URL("/api/open/v1", site).toString() }],
    externalDocs: { description: "About this data, in plain language", url: new URL("/open-data", site).toString() },
    paths: {
      "/topics": get("Published topics", "Open, closed and decided topics, in slug order, a page at a time.", queryParameters(ZOpenTopicsQuery), answers(ref("TopicPage"), { csv: true })),
      "/topics/{slug}": get("One published topic", "A topic with its themes, neighbourhoods, key dates, comment count and outcome.", [slugParameter("topic")], answers(ref("TopicItem"), { notFound: "No published topic has this slug" })),
      "/topics/{slug}/themes": get(
        "A topic's comments counted by theme",
        "Published comments by the themes the analysis found and officers kept. Counts under the threshold are suppressed, and so are others where needed so that none can be worked out from the total.",
        [slugParameter("topic"), ...format],
        answers(ref("ThemeCountsItem"), { csv: true, notFound: "No published topic has this slug" }),
      ),
      "/surveys": get("Surveys with published results", "In slug order, a page at a time.", page, answers(ref("SurveyPage"))),
      "/surveys/{slug}/results": get(
        "A survey's published results",
        "Exactly what the survey's public results page shows: choice, yes/no and scale questions, small numbers suppressed. Never a written answer or a respondent.",
        [slugParameter("survey"), ...format],
        answers(ref("SurveyResultsItem"), { csv: true, notFound: "No survey with published results has this slug" }),
      ),
      "/reports": get("Published consultation reports", "In id order, a page at a time.", page, answers(ref("ReportPage"))),
    },
    components: { schemas: components },
  };
}
