import "server-only";
import { eq, isNull, or, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, populationTables } from "@/lib/db/schema";
import { compareWithPopulation } from "@/lib/domain/equalities/compare";
import type { EqualitiesView } from "@/lib/domain/equalities/views";
import type { EqualitiesScope } from "@/lib/validations/equalities";
import { getEqualitiesAggregate } from "./get-equalities-aggregate";

/** The figures compared with: whose (a neighbourhood's name, or null for the whole area), where from, when. */
type PopulationUsed = { area: string | null; source: string; uploadedAt: Date };

export type MissingView = { view: EqualitiesView; population: PopulationUsed | null; comparison: ReturnType<typeof compareWithPopulation> | null };

/**
 * "Who are we missing": the scope's suppressed counts (officers only, as getEqualitiesAggregate)
 * compared with the population: a neighbourhood's own table when it is the scope and has one,
 * otherwise the whole area's. The comparison is made from the suppressed counts alone.
 */
export async function getMissingGroups(user: CurrentUser, scope: EqualitiesScope): Promise<MissingView> {
  const view = await getEqualitiesAggregate(user, scope);
  const [table] = await getDb()
    .select({ area: neighbourhoods.name, source: populationTables.source, uploadedAt: populationTables.uploadedAt, counts: populationTables.counts })
    .from(populationTables)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, populationTables.neighbourhoodId))
    .where(view.neighbourhoodId ? or(eq(populationTables.neighbourhoodId, view.neighbourhoodId), isNull(populationTables.neighbourhoodId)) : isNull(populationTables.neighbourhoodId))
    // The neighbourhood's own first, then the whole area's.
    .orderBy(sql`${populationTables.neighbourhoodId} is null`)
    .limit(1);
  if (!table) return { view, population: null, comparison: null };
  const { counts, ...population } = table;
  return { view, population, comparison: compareWithPopulation(view.aggregate, counts) };
}
