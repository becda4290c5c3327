import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { OrganisationRole } from "@/lib/domain/access/roles";
import type { Database } from "@/lib/db/client";
import { organisations, users } from "@/lib/db/schema";
import { createUser, uniqueTag } from "./factories";

type OrganisationOptions = Partial<Pick<typeof organisations.$inferInsert, "kind" | "verification" | "emailDomain" | "name" | "sicSection" | "sizeBand" | "neighbourhoodId">>;

/** A self-registered organisation: an employer, unverified, unless told otherwise. */
export async function createSelfRegisteredOrganisation(db: Database, options: OrganisationOptions = {}): Promise<{ id: string; name: string }> {
  const tag = uniqueTag("org-");
  const [organisation] = await db
    .insert(organisations)
    .values({ slug: tag, name: `Organisation ${tag}`, type: "private", kind: "employer", verification: "unverified", sicSection: "C", sizeBand: "small", ...options })
    .returning({ id: organisations.id, name: organisations.name });
  if (!organisation) throw new Error("The test organisation was not created");
  return organisation;
}

/**
 * A new person in the organisation in this role, with the platform role its people have (employer
 * or partner; resident when it was rejected), as joining through the site would give them.
 */
export async function createMember(db: Database, organisationId: string, role: OrganisationRole = "member", name?: string): Promise<CurrentUser> {
  const [organisation] = await db.select({ kind: organisations.kind, verification: organisations.verification }).from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new Error("No such test organisation");
  const platformRole = organisation.verification === "rejected" ? "resident" : organisation.kind;
  const person = await createUser(db, { role: platformRole, ...(name ? { name } : {}) });
  await db.update(users).set({ organisationId, organisationRole: role }).where(eq(users.id, person.id));
  return person;
}

/** A person's organisation, role in it, and platform role, as stored. */
export async function membershipOf(db: Database, userId: string) {
  const [row] = await db.select({ organisationId: users.organisationId, organisationRole: users.organisationRole, role: users.role }).from(users).where(eq(users.id, userId));
  return row;
}
