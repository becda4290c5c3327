import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { equalitiesProfiles } from "@/lib/db/schema";
import { NO_ANSWERS } from "@/lib/domain/equalities/questions";
import { deleteAboutYou } from "@/lib/server/equalities/delete-about-you";
import { getAboutYou } from "@/lib/server/equalities/get-about-you";
import { saveAboutYou } from "@/lib/server/equalities/save-about-you";
import { eraseAccount } from "@/lib/server/profile/erase-account";
import { getPersonalData } from "@/lib/server/profile/get-personal-data";
import { createUser } from "@/tests/support/factories";

const db = () => getDb();
const ANSWERS = { ...NO_ANSWERS, age_band: "25_34", ethnic_group: "asian_pakistani", religion: "prefer_not_to_say", main_language: "urdu" } as const;

describe("a person's own 'about you' answers", () => {
  it("are saved, read back and replaced by the next save, a blank question becoming unanswered", async () => {
    const person = await createUser(db());
    expect(await getAboutYou(person)).toEqual({ answers: NO_ANSWERS, answeredAt: null, askedAt: null, declinedAt: null });
    expect(await saveAboutYou(person, ANSWERS, new Date("2026-03-01T10:00:00Z"))).toBe(true);
    expect(await getAboutYou(person)).toMatchObject({ answers: ANSWERS, answeredAt: new Date("2026-03-01T10:00:00Z") });

    await saveAboutYou(person, { ...NO_ANSWERS, sex: "female", religion: "muslim" });
    expect((await getAboutYou(person)).answers).toEqual({ ...NO_ANSWERS, sex: "female", religion: "muslim" });
  });

  it("are nobody else's: one person never reads another's", async () => {
    const [first, second] = [await createUser(db()), await createUser(db())];
    await saveAboutYou(first, ANSWERS);
    expect((await getAboutYou(second)).answers).toEqual(NO_ANSWERS);
    expect((await getPersonalData(second)).aboutYou).toEqual([]);
  });

  it("saves nothing from a form with every question left blank", async () => {
    const person = await createUser(db());
    expect(await saveAboutYou(person, NO_ANSWERS)).toBe(false);
    expect(await db().select().from(equalitiesProfiles).where(eq(equalitiesProfiles.userId, person.id))).toEqual([]);
  });

  it("are deleted on request; a person who was asked keeps only that date, so they are not asked again", async () => {
    const never = await createUser(db());
    await saveAboutYou(never, ANSWERS);
    await deleteAboutYou(never);
    expect(await db().select().from(equalitiesProfiles).where(eq(equalitiesProfiles.userId, never.id))).toEqual([]);

    const asked = await createUser(db());
    await db().insert(equalitiesProfiles).values({ userId: asked.id, askedAt: new Date("2026-02-01T00:00:00Z") });
    await saveAboutYou(asked, ANSWERS);
    await deleteAboutYou(asked);
    expect(await getAboutYou(asked)).toEqual({ answers: NO_ANSWERS, answeredAt: null, askedAt: new Date("2026-02-01T00:00:00Z"), declinedAt: null });
  });

  it("are in 'Your data', one row per question answered, with when they were asked", async () => {
    const person = await createUser(db());
    await db().insert(equalitiesProfiles).values({ userId: person.id, askedAt: new Date("2026-02-01T00:00:00Z"), declinedAt: new Date("2026-02-01T00:01:00Z") });
    await saveAboutYou(person, ANSWERS, new Date("2026-03-01T10:00:00Z"));
    const data = await getPersonalData(person);
    expect(data.aboutYou).toEqual([
      { question: "age_band", answer: "25_34", savedAt: "2026-03-01T10:00:00.000Z" },
      { question: "ethnic_group", answer: "asian_pakistani", savedAt: "2026-03-01T10:00:00.000Z" },
      { question: "religion", answer: "prefer_not_to_say", savedAt: "2026-03-01T10:00:00.000Z" },
      { question: "main_language", answer: "urdu", savedAt: "2026-03-01T10:00:00.000Z" },
    ]);
    expect(data.aboutYouInvitation).toEqual([{ askedAt: "2026-02-01T00:00:00.000Z", declinedAt: "2026-02-01T00:01:00.000Z" }]);
  });

  it("go with the account when it is erased", async () => {
    const person = await createUser(db());
    await saveAboutYou(person, ANSWERS);
    await eraseAccount(person);
    expect(await db().select().from(equalitiesProfiles).where(eq(equalitiesProfiles.userId, person.id))).toEqual([]);
  });
});
