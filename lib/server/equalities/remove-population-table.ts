import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import { populationTables } from "@/lib/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";

/** Removes a population table: "who are we missing" for its area then uses the whole area's, or none. */
export async function removePopulationTable(user: CurrentUser, tableId: string): Promise<void> {
  if (!can(user.role, "equalities:population")) throw new ForbiddenError();
  await getDb().transaction(async (tx) => {
    const [removed] = await tx.delete(populationTables).where(eq(populationTables.id, tableId)).returning({ id: populationTables.id, neighbourhoodId: populationTables.neighbourhoodId });
    if (!removed) throw new NotFoundError("problems.equalities.tableNotFound");
    await recordAudit(tx, { actorId: user.id, action: "population.removed", subjectType: "population_table", subjectId: removed.id, details: { neighbourhoodId: removed.neighbourhoodId } });
  });
}
