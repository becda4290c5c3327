import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, organisations, users } from "@/lib/db/schema";
import { fieldProblem, ValidationError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TProfileInput } from "@/lib/validations/profile";

/** Organisations are part of the profile of employers and partners only. */
export function profileHasOrganisation(role: CurrentUser["role"]): boolean {
  return role === "employer" || role === "partner";
}

export async function updateProfile(user: CurrentUser, input: TProfileInput): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `profile:${user.id}`, { limit: 20, windowSeconds: 600 });
    if (input.neighbourhoodId) {
      const [found] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.id, input.neighbourhoodId));
      if (!found) throw new ValidationError("validation.choose.neighbourhood", fieldProblem("neighbourhoodId", "validation.choose.neighbourhood"));
    }
    const organisationId = profileHasOrganisation(user.role) ? input.organisationId : null;
    if (organisationId) {
      const [found] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
      if (!found) throw new ValidationError("validation.choose.organisation", fieldProblem("organisationId", "validation.choose.organisation"));
    }
    await tx
      .update(users)
      .set({ name: input.name, neighbourhoodId: input.neighbourhoodId, ...(profileHasOrganisation(user.role) ? { organisationId } : {}) })
      .where(eq(users.id, user.id));
  });
}
