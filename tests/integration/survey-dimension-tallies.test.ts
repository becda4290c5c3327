import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { MIGRATIONS_FOLDER } from "@/lib/db/migrate";
import { countResponses, type GroupedCountRow } from "@/lib/server/surveys/results/count-answers";
import { readTallySlice } from "@/lib/server/surveys/tallies/read-tally-slice";
import { getSurveyResults } from "@/lib/server/surveys/results/get-survey-results";
import { queryRows } from "@/lib/server/shared/query-rows";
import { CROSS_TAB_DIMENSIONS, type CrossTabDimension } from "@/lib/validations/survey-results";
import { skillsGapSurveyWithResponses, type PlannedResponse } from "@/tests/support/survey-response-fixtures";
import type { SurveyRow } from "@/tests/support/survey-fixtures";

let survey: SurveyRow;
let planned: PlannedResponse[];

beforeAll(async () => {
  ({ survey, planned } = await skillsGapSurveyWithResponses(30));
});

const ZRebuilt = z.object({ group: z.string(), dim: z.string(), questionKey: z.string(), choice: z.string(), count: z.number().int() });

/**
 * What a migration's backfill (its last statement, an INSERT INTO `table`) writes for this survey,
 * run into a temporary copy of the table: other test files may share this database and its tallies.
 */
async function rebuiltByMigration(suffix: string, table: string, group: SQL, dim: SQL): Promise<z.output<typeof ZRebuilt>[]> {
  const file = readdirSync(MIGRATIONS_FOLDER).find((name) => name.endsWith(suffix));
  if (!file) throw new Error(`The migration *${suffix} is missing`);
  const backfill = readFileSync(path.join(MIGRATIONS_FOLDER, file), "utf8").split("--> statement-breakpoint").at(-1) ?? "";
  const target = `INSERT INTO "${table}"`;
  expect(backfill).toContain(target);
  return getDb().transaction(async (tx) => {
    await tx.execute(sql.raw(`create temporary table rebuilt (like ${table}) on commit drop`));
    await tx.execute(sql.raw(backfill.replace(target, "INSERT INTO rebuilt")));
    return queryRows(tx, sql`select ${group} as group, ${dim} as dim, question_key as "questionKey", choice, count from rebuilt where survey_id = ${survey.id}`, ZRebuilt);
  });
}

/** Rows as sorted "value | key | choice = count" lines, to compare two sources whole. */
const lines = (rows: GroupedCountRow[]) => rows.map((row) => `${row.dim} | ${row.questionKey} | ${row.choice} = ${row.count}`).sort();

async function expectTalliesEqualScan(dimension: CrossTabDimension): Promise<void> {
  const scanned = (await countResponses(getDb(), survey.id, survey.definition, {}, dimension)).filter((row) => row.dim !== null);
  const tallied = await readTallySlice(getDb(), survey.id, { fixed: [], grouped: dimension });
  expect(tallied.length).toBeGreaterThan(0);
  expect(lines(tallied)).toEqual(lines(scanned));
}

describe("tallies by organisation dimension", () => {
  it("are kept on submit equal to the counts aggregated from the responses, for every value of every dimension", async () => {
    for (const dimension of CROSS_TAB_DIMENSIONS) await expectTalliesEqualScan(dimension);
    const [manufacturing] = await readTallySlice(getDb(), survey.id, { fixed: [["sector", "C"]], grouped: null }).then((rows) => rows.filter((row) => row.questionKey === "*"));
    expect(manufacturing?.count).toBe(planned.filter((item) => item.employer?.sector === "C").length);
  });

  it("serve results filtered by one dimension, and compared by that dimension, with the same figures as a scan", async () => {
    const tallied = await getSurveyResults(survey.id, { size: "micro" });
    expect(tallied.source).toBe("tallies");
    expect(tallied.responses).toBe(planned.filter((item) => item.employer?.sizeBand === "micro").length);
    // A filter on two dimensions reads the tallies by pair: the same figures once the second is "any".
    const places = [...new Set(planned.map((item) => item.employer?.neighbourhoodId))];
    const paired = await Promise.all(places.map((place) => getSurveyResults(survey.id, { size: "micro", neighbourhood: place })));
    expect(paired.every((results) => results.source === "tallies")).toBe(true);
    expect(paired.reduce((sum, results) => sum + results.responses, 0)).toBe(tallied.responses);
    const compared = await getSurveyResults(survey.id, { size: "micro", by: "size" });
    expect(compared.source).toBe("tallies");
    expect(compared.questions).toEqual(tallied.questions);
    expect(compared.crossTab?.tabs[0]?.columns.map((column) => column.value)).toEqual(["micro"]);
    const other = await getSurveyResults(survey.id, { size: "micro", by: "sector" });
    expect(other.source).toBe("tallies");
    expect(other.questions).toEqual(tallied.questions);
    // Two filters compared by the third dimension name all three: the responses are counted.
    const scanned = await getSurveyResults(survey.id, { size: "micro", sector: "C", by: "neighbourhood" });
    expect(scanned.source).toBe("responses");
    expect(scanned.responses).toBe(planned.filter((item) => item.employer?.sizeBand === "micro" && item.employer.sector === "C").length);
  });

  it("by pair are rebuilt from the stored responses by the migration that adds them", async () => {
    const rebuilt = await rebuiltByMigration(
      "_survey_tally_deltas.sql",
      "survey_pair_tallies",
      sql`first_dimension || '+' || second_dimension || '=' || first_value || '+' || second_value`,
      sql`''`,
    );
    const valuesOf = (item: PlannedResponse) => ({ neighbourhood: item.employer?.neighbourhoodId ?? "", sector: item.employer?.sector ?? "", size: item.employer?.sizeBand ?? "" });
    const pairs = [["neighbourhood", "sector"], ["neighbourhood", "size"], ["sector", "size"]] as const;
    let compared = 0;
    for (const [first, second] of pairs) {
      for (const combination of new Set(planned.map((item) => `${valuesOf(item)[first]}+${valuesOf(item)[second]}`))) {
        const [one, two] = combination.split("+");
        const scanned = await countResponses(getDb(), survey.id, survey.definition, { [first]: one, [second]: two });
        expect(lines(rebuilt.filter((row) => row.group === `${first}+${second}=${combination}`)), combination).toEqual(lines(scanned));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("are rebuilt from the stored responses by the migration that adds them", async () => {
    const rebuilt = await rebuiltByMigration("_survey_dimension_tallies.sql", "survey_dimension_tallies", sql`dimension`, sql`value`);
    for (const dimension of CROSS_TAB_DIMENSIONS) {
      const scanned = (await countResponses(getDb(), survey.id, survey.definition, {}, dimension)).filter((row) => row.dim !== null);
      expect(lines(rebuilt.filter((row) => row.group === dimension))).toEqual(lines(scanned));
    }
  });
});
