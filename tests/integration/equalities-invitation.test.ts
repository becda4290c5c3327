import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { NO_ANSWERS } from "@/lib/domain/equalities/questions";
import { declineAboutYou } from "@/lib/server/equalities/decline-about-you";
import { getAboutYou } from "@/lib/server/equalities/get-about-you";
import { inviteToAboutYou } from "@/lib/server/equalities/invite-to-about-you";
import { saveAboutYou } from "@/lib/server/equalities/save-about-you";
import { createUser } from "@/tests/support/factories";

const db = () => getDb();

describe("the one-time 'about you' invitation", () => {
  it("comes once ever, recording when the person was asked", async () => {
    const person = await createUser(db());
    const asked = new Date("2026-04-01T09:00:00Z");
    expect(await inviteToAboutYou(person, asked)).toBe(true);
    expect(await inviteToAboutYou(person)).toBe(false);
    expect(await getAboutYou(person)).toEqual({ answers: NO_ANSWERS, answeredAt: null, askedAt: asked, declinedAt: null });
  });

  it("comes to residents, employers and partners, never to officers or administrators", async () => {
    for (const role of ["resident", "employer", "partner"] as const) expect(await inviteToAboutYou(await createUser(db(), { role }))).toBe(true);
    for (const role of ["officer", "admin"] as const) expect(await inviteToAboutYou(await createUser(db(), { role }))).toBe(false);
  });

  it("does not come to someone who already answered from their profile", async () => {
    const person = await createUser(db());
    await saveAboutYou(person, { ...NO_ANSWERS, sex: "male" });
    expect(await inviteToAboutYou(person)).toBe(false);
  });

  it("records 'No thanks' once, keeping when they were asked; answering later is still possible", async () => {
    const person = await createUser(db());
    const asked = new Date("2026-04-01T09:00:00Z");
    await inviteToAboutYou(person, asked);
    await declineAboutYou(person, new Date("2026-04-01T09:01:00Z"));
    await declineAboutYou(person, new Date("2026-04-02T00:00:00Z"));
    expect(await getAboutYou(person)).toMatchObject({ askedAt: asked, declinedAt: new Date("2026-04-01T09:01:00Z"), answeredAt: null });
    expect(await inviteToAboutYou(person)).toBe(false);
    await saveAboutYou(person, { ...NO_ANSWERS, religion: "sikh" });
    expect((await getAboutYou(person)).answers.religion).toBe("sikh");
  });
});
