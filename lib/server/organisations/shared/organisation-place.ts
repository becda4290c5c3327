import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { postcodeAreas } from "@/lib/db/schema";
import { postcodePrefixes } from "@/lib/domain/organisations/postcode";

/** The neighbourhood a postcode lies in, by its longest prefix in postcode_areas; null when none. */
export async function neighbourhoodOfPostcode(executor: Executor, postcode: string): Promise<string | null> {
  const prefixes = postcodePrefixes(postcode);
  if (prefixes.length === 0) return null;
  const [area] = await executor
    .select({ neighbourhoodId: postcodeAreas.neighbourhoodId })
    .from(postcodeAreas)
    .where(inArray(postcodeAreas.prefix, prefixes))
    .orderBy(sql`length(${postcodeAreas.prefix}) desc`)
    .limit(1);
  return area?.neighbourhoodId ?? null;
}
