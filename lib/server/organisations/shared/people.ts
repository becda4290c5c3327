import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { OrganisationRole } from "@/lib/domain/access/roles";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

export type OrganisationPerson = { id: string; name: string | null; email: string; role: OrganisationRole };

/** The organisation's people, administrators first, then by name. `lock` holds their rows. */
export async function listOrganisationPeople(executor: Executor, organisationId: string, lock = false): Promise<OrganisationPerson[]> {
  const query = executor.select({ id: users.id, name: users.name, email: users.email, role: users.organisationRole }).from(users).where(eq(users.organisationId, organisationId)).orderBy(asc(users.organisationRole), asc(sql`lower(coalesce(${users.name}, ${users.email}))`));
  const rows = lock ? await query.for("update") : await query;
  return rows.flatMap((row) => (row.role ? [{ ...row, role: row.role }] : []));
}
