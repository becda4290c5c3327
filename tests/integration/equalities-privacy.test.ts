/**
 * No officer or partner query can return an individual's "about you" answers: the aggregate use case
 * is for officers only, returns suppressed counts (never one under 10, never a person), and no other
 * code reads the table except the person's own pages, each keyed by the signed-in person.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { EQUALITIES_QUESTIONS, QUESTION_ANSWERS, type EqualitiesAnswers } from "@/lib/domain/equalities/questions";
import { ForbiddenError } from "@/lib/errors";
import { getEqualitiesAggregate } from "@/lib/server/equalities/get-equalities-aggregate";
import { listScopeOptions } from "@/lib/server/equalities/list-scope-options";
import type { EqualitiesScope } from "@/lib/validations/equalities";
import { commenters } from "@/tests/support/equalities-fixtures";
import { createTopic, createUser } from "@/tests/support/factories";

const db = () => getDb();
const ROOT = path.resolve(__dirname, "../..");

/** Every { kind: "count", count } in a value, however deep. */
function countsIn(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(countsIn);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const own = record.kind === "count" && typeof record.count === "number" ? [record.count] : [];
    return [...own, ...Object.values(record).flatMap(countsIn)];
  }
  return [];
}

/** A pseudo-random generator, so the "random" answers are the same on every run. */
function seeded(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

function randomAnswers(next: (below: number) => number): Partial<EqualitiesAnswers> {
  return Object.fromEntries(
    EQUALITIES_QUESTIONS.map((question) => {
      const options = [...QUESTION_ANSWERS[question].slice(0, 3), "prefer_not_to_say", null];
      return [question, options[next(options.length)]];
    }),
  );
}

describe("equalities: no individual's profile reaches an officer or a partner", () => {
  it("refuses residents, employers and partners: only officers and administrators get counts", async () => {
    const topic = await createTopic(db());
    for (const role of ["resident", "employer", "partner"] as const) {
      const person = await createUser(db(), { role });
      await expect(getEqualitiesAggregate(person, { kind: "topic", id: topic.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getEqualitiesAggregate(person, { kind: "all" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listScopeOptions(person)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("shows a topic with 9 participants, all giving the same answers, as nothing but 'fewer than 10'", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await createTopic(db());
    await commenters(topic.id, 9, { answers: { sex: "female", ethnic_group: "white_roma", religion: "muslim", sexual_orientation: "bisexual" } });
    const view = await getEqualitiesAggregate(officer, { kind: "topic", id: topic.id });
    expect(view.aggregate.participants).toEqual({ kind: "fewer-than-10" });
    expect(view.aggregate.questions).toHaveLength(9);
    for (const question of view.aggregate.questions) for (const cell of question.cells) expect(cell.shown).toEqual({ kind: "fewer-than-10" });
    expect(countsIn(view)).toEqual([]);
  });

  it("never returns a count under 10, a person's id, name or address, whatever the answers", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const next = seeded(20_261_204);
    const topics = [await createTopic(db()), await createTopic(db()), await createTopic(db())];
    const people: CurrentUser[] = [];
    for (const [index, topic] of topics.entries()) {
      const size = [11, 23, 40][index] ?? 10;
      for (let made = 0; made < size; made += 1) people.push(...(await commenters(topic.id, 1, { answers: randomAnswers(next) })));
    }
    const scopes: EqualitiesScope[] = [{ kind: "all" }, ...topics.map((topic) => ({ kind: "topic" as const, id: topic.id }))];
    for (const scope of scopes) {
      const view = await getEqualitiesAggregate(officer, scope);
      const counts = countsIn(view);
      expect(counts.length).toBeGreaterThan(0);
      for (const count of counts) expect(count).toBeGreaterThanOrEqual(10);
      const text = JSON.stringify(view);
      for (const person of people) {
        expect(text).not.toContain(person.id);
        expect(text).not.toContain(person.email);
      }
      expect(text).not.toContain("Test Person");
    }
  });

  it("reads the answers only in the person's own use cases (keyed by the signed-in person) and the officers' aggregate", () => {
    const files = (dir: string): string[] =>
      readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
        const relative = path.join(dir, entry.name);
        if (entry.isDirectory()) return files(relative);
        return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
      });
    const readers = ["app", "components", "lib"].flatMap(files).filter((file) => /equalitiesProfiles|equalities_profiles/.test(readFileSync(path.join(ROOT, file), "utf8")));
    const OWN = [
      "lib/server/equalities/decline-about-you.ts",
      "lib/server/equalities/delete-about-you.ts",
      "lib/server/equalities/get-about-you.ts",
      "lib/server/equalities/invite-to-about-you.ts",
      "lib/server/equalities/save-about-you.ts",
      "lib/server/equalities/shared/about-you-data.ts",
    ];
    // The officers' aggregates: who takes part, and the analysis's counts by theme and "about you" category (both suppressed).
    const AGGREGATES = ["lib/server/equalities/get-equalities-aggregate.ts", "lib/server/equalities/shared/profile-columns.ts", "lib/server/insight/get-theme-counts.ts"];
    expect(readers.sort()).toEqual(["lib/db/schema/equalities.ts", ...OWN, ...AGGREGATES].sort());
    // Each of the person's own use cases names the person it reads or writes: user.id, or the userId "Your data" passes.
    for (const file of OWN) expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(/equalitiesProfiles\.userId, (user\.id|userId)\)|userId: user\.id/);
    // Nothing under the partner portal or the organisation pages imports the equalities use cases.
    const partnerSide = ["lib/server/partner-portal", "lib/server/organisations", "app/(public)/organisation", "app/api/organisation"].flatMap(files);
    for (const file of partnerSide) expect(readFileSync(path.join(ROOT, file), "utf8"), file).not.toMatch(/server\/equalities/);
  });
});
