import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

/** Every `$ref` anywhere in a JSON value. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => (key === "$ref" && typeof item === "string" ? [item] : refs(item)));
}

describe("the OpenAPI description", () => {
  const document = openApiDocument("https://letstalk.example.gov.uk", 60) as { servers: { url: string }[]; components: { schemas: Record<string, unknown> }; paths: Record<string, { get: { parameters: { name: string }[] } }> };

  it("points every reference at a schema it defines, with no dialect or id left inside them", () => {
    const defined = new Set(Object.keys(document.components.schemas).map((id) => `#/components/schemas/${id}`));
    expect(refs(document).filter((ref) => !defined.has(ref))).toEqual([]);
    expect(JSON.stringify(document.components)).not.toMatch(/"\$schema"|"\$id"/);
  });

  it("names the site's API and each list's parameters from the query schemas", () => {
    expect(document.servers).toEqual([{ url: "https://letstalk.example.gov.uk/api/open/v1" }]);
    expect(document.paths["/topics"]?.get.parameters.map((parameter) => parameter.name)).toEqual(["limit", "cursor", "status", "format"]);
    expect(document.paths["/reports"]?.get.parameters.map((parameter) => parameter.name)).toEqual(["limit", "cursor"]);
  });
});
