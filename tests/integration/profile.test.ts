import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, organisations, sessions, users } from "@/lib/db/schema";
import { NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { getProfile } from "@/lib/server/profile/get-profile";
import { revokeAllSessions } from "@/lib/server/profile/revoke-sessions";
import { updateProfile } from "@/lib/server/profile/update-profile";
import { ZProfileInput } from "@/lib/validations/profile";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { enFields } from "@/tests/support/messages";

const db = () => getDb();
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

async function createNeighbourhood(): Promise<string> {
  const tag = uniqueTag("hood-");
  const [row] = await db().insert(neighbourhoods).values({ slug: tag, name: `Hood ${tag}` }).returning({ id: neighbourhoods.id });
  if (!row) throw new Error("The neighbourhood was not created");
  return row.id;
}

async function createOrganisation(): Promise<string> {
  const tag = uniqueTag("org-");
  const [row] = await db().insert(organisations).values({ slug: tag, name: `Org ${tag}`, type: "community" }).returning({ id: organisations.id });
  if (!row) throw new Error("The organisation was not created");
  return row.id;
}

async function createSessions(userId: string, total: number): Promise<void> {
  const expires = new Date(Date.now() + 30 * 86_400_000);
  await db()
    .insert(sessions)
    .values(Array.from({ length: total }, () => ({ sessionToken: uniqueTag("session-"), userId, expires })));
}

const sessionCount = async (userId: string) => (await db().select({ token: sessions.sessionToken }).from(sessions).where(eq(sessions.userId, userId))).length;

describe("updateProfile and getProfile", () => {
  it("saves the display name and neighbourhood", async () => {
    const user = await createUser(db(), { role: "resident", name: "Before" });
    const neighbourhoodId = await createNeighbourhood();

    await updateProfile(user, ZProfileInput.parse({ name: "  Amira H  ", neighbourhoodId }));

    expect(await getProfile(user.id)).toEqual({ name: "Amira H", email: user.email, role: "resident", neighbourhoodId, organisation: null });
  });

  it("clears the neighbourhood when none is chosen", async () => {
    const user = await createUser(db());
    await updateProfile(user, ZProfileInput.parse({ name: "Somebody", neighbourhoodId: await createNeighbourhood() }));
    await updateProfile(user, ZProfileInput.parse({ name: "Somebody", neighbourhoodId: "" }));
    expect((await getProfile(user.id)).neighbourhoodId).toBeNull();
  });

  it("rejects an unknown neighbourhood with a ValidationError and saves nothing", async () => {
    const user = await createUser(db(), { name: "Unchanged" });
    const error = await updateProfile(user, ZProfileInput.parse({ name: "Changed", neighbourhoodId: UNKNOWN_ID })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error instanceof ValidationError && enFields(error.fieldProblems)).toEqual({ neighbourhoodId: ["Choose a neighbourhood from the list."] });
    expect(await getProfile(user.id)).toMatchObject({ name: "Unchanged", neighbourhoodId: null });
  });

  it("never changes the organisation: people join one through its own pages", async () => {
    const user = await createUser(db(), { role: "employer" });
    const existing = await createOrganisation();
    await db().update(users).set({ organisationId: existing }).where(eq(users.id, user.id));
    await updateProfile(user, ZProfileInput.parse({ name: "Somebody", organisationId: await createOrganisation() }));
    const [row] = await db().select({ organisationId: users.organisationId }).from(users).where(eq(users.id, user.id));
    expect(row?.organisationId).toBe(existing);
  });

  it("allows 20 profile updates in ten minutes", async () => {
    const user = await createUser(db());
    for (let index = 0; index < 20; index += 1) {
      await updateProfile(user, ZProfileInput.parse({ name: `Name ${index}` }));
    }
    await expect(updateProfile(user, ZProfileInput.parse({ name: "One too many" }))).rejects.toThrow(RateLimitedError);
    expect((await getProfile(user.id)).name).toBe("Name 19");
  });

  it("refuses an unknown account with NotFoundError", async () => {
    await expect(getProfile(UNKNOWN_ID)).rejects.toThrow(NotFoundError);
  });
});

describe("revokeAllSessions", () => {
  it("deletes every session of the person, and nobody else's", async () => {
    const user = await createUser(db());
    const other = await createUser(db());
    await createSessions(user.id, 3);
    await createSessions(other.id, 2);

    expect(await revokeAllSessions(user)).toBe(3);

    expect(await sessionCount(user.id)).toBe(0);
    expect(await sessionCount(other.id)).toBe(2);
    expect(await revokeAllSessions(user)).toBe(0);
  });
});
