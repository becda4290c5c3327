import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

/** A short random tag: tests may share a database (DATABASE_URL), so their rows must never collide. */
export function uniqueTag(prefix = "t"): string {
  return `${prefix}${randomUUID().replace(/-/g, "").slice(0, 12)}`;
}

export async function createUser(db: Database, options: { role?: Role; email?: string; name?: string } = {}): Promise<CurrentUser> {
  const email = options.email ?? `${uniqueTag("person-")}@example.test`;
  const [row] = await db
    .insert(users)
    .values({ email, name: options.name ?? "Test Person", role: options.role ?? "resident" })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
  if (!row) throw new Error("The test user was not created");
  return row;
}
