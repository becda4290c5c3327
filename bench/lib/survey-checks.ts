import type postgres from "postgres";
import { getDb } from "@/lib/db/client";
import type { TallySlice } from "@/lib/domain/surveys/results/tally-slice";
import { countResponses, type GroupedCountRow } from "@/lib/server/surveys/results/count-answers";
import { readTallySlice } from "@/lib/server/surveys/tallies/read-tally-slice";
import type { SkillsGapSurvey } from "./survey-bulk";

export type TallyCheck = { label: string; tally: number; counted: number };

type Condition = postgres.PendingQuery<postgres.Row[]>;

/**
 * A few tallies (as results read them: folded plus pending, by no dimension, one and a pair) against
 * counts taken from the responses themselves.
 */
export async function checkTallies(sql: postgres.Sql, surveyId: string, first = Number.POSITIVE_INFINITY): Promise<TallyCheck[]> {
  const [place] = await sql<{ id: string }[]>`select id from neighbourhoods order by slug limit 1`;
  const placeId = place?.id ?? "";
  type Check = [label: string, slice: TallySlice, key: string, choice: string, condition: Condition];
  const all: TallySlice = { fixed: [], grouped: null };
  const checks: Check[] = [
    ["all submitted", all, "*", "*", sql`true`],
    ["skills_gaps = yes", all, "skills_gaps", "yes", sql`answers->>'skills_gaps' = 'yes'`],
    ["gap_skills has english", all, "gap_skills", "english", sql`answers->'gap_skills' ? 'english'`],
    ["support_usefulness.helpline = 5", all, "support_usefulness.helpline", "5", sql`answers->'support_usefulness'->>'helpline' = '5'`],
    ["sector C", all, "org.sector", "C", sql`sector = 'C'`],
    ["sector C: skills_gaps = yes", { fixed: [["sector", "C"]], grouped: null }, "skills_gaps", "yes", sql`sector = 'C' and answers->>'skills_gaps' = 'yes'`],
    ["size micro: barriers has paperwork", { fixed: [["size", "micro"]], grouped: null }, "barriers", "paperwork", sql`size_band = 'micro' and answers->'barriers' ? 'paperwork'`],
    ["size large: all submitted", { fixed: [["size", "large"]], grouped: null }, "*", "*", sql`size_band = 'large'`],
    ["sector C, size micro: all submitted", { fixed: [["sector", "C"], ["size", "micro"]], grouped: null }, "*", "*", sql`sector = 'C' and size_band = 'micro'`],
    ["first place, sector C: english", { fixed: [["neighbourhood", placeId], ["sector", "C"]], grouped: null }, "gap_skills", "english", sql`neighbourhood_id = ${placeId} and sector = 'C' and answers->'gap_skills' ? 'english'`],
  ];
  const results: TallyCheck[] = [];
  for (const [label, slice, key, choice, condition] of checks.slice(0, first)) {
    const rows = await readTallySlice(getDb(), surveyId, slice);
    const tally = rows.filter((row) => row.questionKey === key && row.choice === choice).reduce((sum, row) => sum + row.count, 0);
    const [row] = await sql<{ counted: number }[]>`select count(*)::int as counted from survey_responses where survey_id = ${surveyId} and status = 'submitted' and ${condition}`;
    results.push({ label, tally, counted: row?.counted ?? -1 });
  }
  return results;
}

const lines = (rows: GroupedCountRow[]) => rows.map((row) => `${row.dim ?? ""}|${row.questionKey}|${row.choice}=${row.count}`).sort();

/** Every count of a two-filter slice, compared whole with the same counts aggregated from the responses: the keys that differ. */
export async function compareSliceWithScan(survey: SkillsGapSurvey): Promise<{ keys: number; differing: string[] }> {
  const tallied = lines((await readTallySlice(getDb(), survey.id, { fixed: [["sector", "C"], ["size", "micro"]], grouped: null })).filter((row) => row.count !== 0));
  const scanned = lines(await countResponses(getDb(), survey.id, survey.definition, { sector: "C", size: "micro" }));
  const both = new Set(tallied);
  return { keys: tallied.length, differing: [...tallied.filter((line) => !scanned.includes(line)), ...scanned.filter((line) => !both.has(line))] };
}
