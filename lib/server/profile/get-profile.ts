import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organisations, users } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

export async function getProfile(userId: string) {
  const [profile] = await getDb()
    .select({ name: users.name, email: users.email, role: users.role, neighbourhoodId: users.neighbourhoodId, organisation: organisations.name })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  if (!profile) throw new NotFoundError("problems.profile.accountNotFound");
  return profile;
}
