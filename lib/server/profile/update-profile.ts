import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, users } from "@/lib/db/schema";
import { fieldProblem, ValidationError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TProfileInput } from "@/lib/validations/profile";

/** Saves the person's display name and neighbourhood. Their organisation is changed on its own page. */
export async function updateProfile(user: CurrentUser, input: TProfileInput): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `profile:${user.id}`, { limit: 20, windowSeconds: 600 });
    if (input.neighbourhoodId) {
      const [found] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.id, input.neighbourhoodId));
      if (!found) throw new ValidationError("validation.choose.neighbourhood", fieldProblem("neighbourhoodId", "validation.choose.neighbourhood"));
    }
    await tx.update(users).set({ name: input.name, neighbourhoodId: input.neighbourhoodId }).where(eq(users.id, user.id));
  });
}
