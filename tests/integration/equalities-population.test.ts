import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, neighbourhoods, populationTables } from "@/lib/db/schema";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { getMissingGroups } from "@/lib/server/equalities/get-missing-groups";
import { listPopulationTables } from "@/lib/server/equalities/list-population-tables";
import { removePopulationTable } from "@/lib/server/equalities/remove-population-table";
import { savePopulationTable } from "@/lib/server/equalities/save-population-table";
import { commenters } from "@/tests/support/equalities-fixtures";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";
import { en } from "@/tests/support/messages";

const db = () => getDb();
const fixture = (name: string) => new File([readFileSync(path.resolve(__dirname, "../fixtures/population", name))], name, { type: "text/csv" });
const tableCount = async () => (await db().select({ total: count() }).from(populationTables))[0]?.total ?? 0;

async function newPlace(): Promise<string> {
  const [place] = await db().insert(neighbourhoods).values({ slug: uniqueTag("place-"), name: `Place ${uniqueTag()}` }).returning({ id: neighbourhoods.id });
  if (!place) throw new Error("Not inserted");
  return place.id;
}

describe("population tables", () => {
  it("saves a good file for an area, replaces it with the next, and records each upload", async () => {
    const officer = await createUser(db(), { role: "officer", name: "Helen Harper" });
    const place = await newPlace();
    expect(await savePopulationTable(officer, { area: place, source: "Test figures, first", file: fixture("fictional-area.csv") })).toEqual({ saved: true, questions: 3 });
    expect(await savePopulationTable(officer, { area: place, source: "Test figures, second", file: fixture("fictional-area.csv") })).toEqual({ saved: true, questions: 3 });
    const mine = (await listPopulationTables(officer)).filter((table) => table.source.startsWith("Test figures"));
    expect(mine).toEqual([expect.objectContaining({ source: "Test figures, second", fileName: "fictional-area.csv", uploadedBy: "Helen Harper", questions: ["age_band", "sex", "ethnic_group"] })]);
    const [row] = await db().select({ counts: populationTables.counts }).from(populationTables).where(eq(populationTables.neighbourhoodId, place));
    expect(row?.counts.sex).toEqual({ female: 5100, male: 4900 });
    const uploads = await db().select().from(auditLog).where(eq(auditLog.action, "population.uploaded"));
    expect(uploads.filter((entry) => entry.details.neighbourhoodId === place)).toHaveLength(2);
  });

  it("refuses a file with bad rows row by row, saving nothing", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const before = await tableCount();
    const result = await savePopulationTable(officer, { area: null, source: "Test figures", file: fixture("fictional-area-bad-rows.csv") });
    if (result.saved) throw new Error("Expected a refusal");
    expect(result.rowCount).toBe(9);
    expect(result.badRows.map((row) => row.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(result.badRows[0]?.cells).toEqual({ question: "sex", answer: "prefer_not_to_say", count: "10" });
    expect(await tableCount()).toBe(before);
  });

  it("refuses a file it cannot read, and an area that does not exist", async () => {
    const officer = await createUser(db(), { role: "admin" });
    const latin1 = new File([new Uint8Array([0x71, 0x2c, 0xe9, 0x0a])], "latin1.csv", { type: "text/csv" });
    const error = await savePopulationTable(officer, { area: null, source: "x", file: latin1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(en((error as ValidationError).userMessage)).toMatch(/^latin1\.csv is not UTF-8 text/);
    await expect(savePopulationTable(officer, { area: "3e6e260e-96d4-4117-a2d9-ef75282ab180", source: "x", file: fixture("fictional-area.csv") })).rejects.toBeInstanceOf(ValidationError);
  });

  it("is for officers and administrators only", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const place = await newPlace();
    await savePopulationTable(officer, { area: place, source: "Test figures", file: fixture("fictional-area.csv") });
    const [table] = await db().select({ id: populationTables.id }).from(populationTables).where(eq(populationTables.neighbourhoodId, place));
    for (const role of ["resident", "employer", "partner"] as const) {
      const person = await createUser(db(), { role });
      await expect(savePopulationTable(person, { area: null, source: "x", file: fixture("fictional-area.csv") })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listPopulationTables(person)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removePopulationTable(person, table?.id ?? "")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getMissingGroups(person, { kind: "all" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await removePopulationTable(officer, table?.id ?? "");
    expect(await db().select().from(populationTables).where(eq(populationTables.neighbourhoodId, place))).toEqual([]);
  });
});

describe("getMissingGroups", () => {
  it("compares a topic's participants with the whole area's figures, and a neighbourhood with its own", async () => {
    const officer = await createUser(db(), { role: "officer" });
    await savePopulationTable(officer, { area: null, source: "Whole area test figures", file: fixture("fictional-area.csv") });
    const topic = await createTopic(db());
    // 42 people: 24 men and 6 women; 12 who did not answer the questions.
    await commenters(topic.id, 24, { answers: { sex: "male", ethnic_group: "white_british" } });
    await commenters(topic.id, 6, { answers: { sex: "female" } });
    await commenters(topic.id, 12, { answers: null });
    const result = await getMissingGroups(officer, { kind: "topic", id: topic.id });
    expect(result.population).toMatchObject({ area: null, source: "Whole area test figures" });
    const sex = result.comparison?.questions.find((entry) => entry.question === "sex");
    // 30 answered; the 6 women are "fewer than 10", so the men are hidden too (else 30 − 24 would give them away).
    expect(sex).toMatchObject({ status: "compared", answered: 30, answers: [{ answer: "female", participants: { kind: "under" } }, { answer: "male", participants: { kind: "hidden" }, shortfall: null }] });
    // Women: 51% of the area, fewer than 10 of the 30 who answered (under a third).
    expect(result.comparison?.missing[0]).toMatchObject({ question: "sex", answer: "female", population: 0.51, participants: { kind: "under", share: 1 / 3 }, shortfall: { kind: "at-least" } });
    expect(result.comparison?.questions.find((entry) => entry.question === "religion")?.status).toBe("no-population");

    const place = await newPlace();
    await savePopulationTable(officer, { area: place, source: "Neighbourhood test figures", file: fixture("fictional-area.csv") });
    expect((await getMissingGroups(officer, { kind: "neighbourhood", id: place })).population).toMatchObject({ source: "Neighbourhood test figures" });
  });
});
