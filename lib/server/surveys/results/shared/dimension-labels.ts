import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { neighbourhoods } from "@/lib/db/schema";
import { SIC_SECTIONS, SIZE_BANDS } from "@/lib/domain/surveys/organisation";
import type { CrossTabDimension } from "@/lib/validations/survey-results";

/** The names of a dimension's values, in their natural order: sector and size labels, neighbourhood names A to Z. */
export async function dimensionLabels(executor: Executor, dimension: CrossTabDimension, values: string[]): Promise<Map<string, string>> {
  if (dimension === "sector") return new Map(Object.entries(SIC_SECTIONS));
  if (dimension === "size") return new Map(Object.entries(SIZE_BANDS));
  if (values.length === 0) return new Map();
  const rows = await executor.select({ id: neighbourhoods.id, name: neighbourhoods.name }).from(neighbourhoods).where(inArray(neighbourhoods.id, values)).orderBy(asc(neighbourhoods.name));
  return new Map(rows.map((row) => [row.id, row.name]));
}
