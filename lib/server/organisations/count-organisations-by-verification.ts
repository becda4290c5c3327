import "server-only";
import { count } from "drizzle-orm";
import type { Verification } from "@/lib/domain/organisations/membership";
import { getDb } from "@/lib/db/client";
import { organisations } from "@/lib/db/schema";

/** How many organisations are waiting for a decision (unverified), verified and rejected. */
export async function countOrganisationsByVerification(): Promise<Record<Verification, number>> {
  const rows = await getDb().select({ verification: organisations.verification, total: count() }).from(organisations).groupBy(organisations.verification);
  const counts: Record<Verification, number> = { unverified: 0, verified: 0, rejected: 0 };
  for (const row of rows) counts[row.verification] = row.total;
  return counts;
}
