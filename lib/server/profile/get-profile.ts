import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

export async function getProfile(userId: string) {
  const [profile] = await getDb()
    .select({ name: users.name, email: users.email, role: users.role, neighbourhoodId: users.neighbourhoodId, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.id, userId));
  if (!profile) throw new NotFoundError("problems.profile.accountNotFound");
  return profile;
}
