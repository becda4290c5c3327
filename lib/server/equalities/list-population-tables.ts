import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, populationTables, users } from "@/lib/db/schema";
import { EQUALITIES_QUESTIONS } from "@/lib/domain/equalities/questions";
import type { PopulationTableSummary } from "@/lib/domain/equalities/views";
import { ForbiddenError } from "@/lib/errors";


/** The population tables uploaded, the whole area's first, then by neighbourhood: what each covers and where it came from. */
export async function listPopulationTables(user: CurrentUser): Promise<PopulationTableSummary[]> {
  if (!can(user.role, "equalities:view")) throw new ForbiddenError();
  const rows = await getDb()
    .select({ id: populationTables.id, area: neighbourhoods.name, source: populationTables.source, fileName: populationTables.fileName, uploadedAt: populationTables.uploadedAt, uploadedBy: users.name, counts: populationTables.counts })
    .from(populationTables)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, populationTables.neighbourhoodId))
    .leftJoin(users, eq(users.id, populationTables.uploadedBy))
    .orderBy(sql`${populationTables.neighbourhoodId} is not null`, asc(neighbourhoods.name));
  return rows.map(({ counts, ...row }) => ({ ...row, questions: EQUALITIES_QUESTIONS.filter((question) => counts[question]) }));
}
