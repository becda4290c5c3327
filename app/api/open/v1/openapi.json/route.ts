import { openDataPreflight, openDataRoute } from "@/lib/auth/open-data-route";
import { openApiDocument } from "@/lib/domain/open-data/openapi";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 description, generated from the schemas its routes use: GET /api/open/v1/openapi.json. */
export const GET = openDataRoute<Record<string, never>>(async () => ({ json: openApiDocument(env.AUTH_URL, env.OPEN_DATA_RATE_LIMIT) }));

export const OPTIONS = openDataPreflight;
