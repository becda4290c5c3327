import "server-only";
import { and, asc, count, eq, ilike, or, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organisations, users } from "@/lib/db/schema";
import type { TPeopleQuery } from "@/lib/validations/people";
import { escapeLike } from "@/lib/text/escape-like";

const PEOPLE_PAGE_SIZE = 25;

/** People for the admin console, searched by name or email and filtered by role. */
export async function listPeople(query: TPeopleQuery) {
  const db = getDb();
  const filters: SQL[] = [];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const match = or(ilike(users.email, pattern), ilike(users.name, pattern));
    if (match) filters.push(match);
  }
  if (query.role) filters.push(eq(users.role, query.role));
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [totals]] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, organisation: organisations.name, createdAt: users.createdAt })
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(where)
      .orderBy(asc(users.email))
      .limit(PEOPLE_PAGE_SIZE)
      .offset((query.page - 1) * PEOPLE_PAGE_SIZE),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { people: rows, total: totals?.total ?? 0, page: query.page, pageSize: PEOPLE_PAGE_SIZE };
}
