import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";
import { skillsGapResponses, type DemoEmployerResponse, type Neighbourhood } from "@/lib/seed/demo-survey-responses";
import { SKILLS_GAP_SLUG } from "@/lib/seed/demo-surveys";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import { dimensionTallyKeys, tallyKeys } from "@/lib/domain/surveys/tallies";
import { answersBefore, stoppedAfter } from "@/lib/seed/demo-drafts";

export type SkillsGapSurvey = { id: string; definition: SurveyDefinition; version: number; opensAt: Date; neighbourhoods: Neighbourhood[] };

export async function loadSkillsGapSurvey(sql: postgres.Sql): Promise<SkillsGapSurvey> {
  const [survey] = await sql<{ id: string; definition: SurveyDefinition; version: number; opensAt: Date }[]>`
    select id, definition, version, opens_at as "opensAt" from surveys where slug = ${SKILLS_GAP_SLUG}`;
  if (!survey) throw new Error("The skills-gap survey was not seeded");
  const neighbourhoods = await sql<Neighbourhood[]>`select id, slug from neighbourhoods order by slug`;
  return { ...survey, neighbourhoods };
}

/** COPY text format: backslash, tab and line breaks escaped. */
const field = (value: string | number | null) => (value === null ? "\\N" : String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r"));

/** Distinct references in the app's shape (LT-XXXX-XXXX), counted up from the bench's own prefix. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function benchReference(index: number): string {
  let chars = "";
  for (let rest = index, digit = 0; digit < 7; digit += 1, rest = Math.floor(rest / 32)) chars = (ALPHABET[rest % 32] ?? "0") + chars;
  return `LT-Z${chars.slice(0, 3)}-${chars.slice(3)}`;
}

/** COPY lines: the first `submitted` responses submitted, the rest drafts abandoned part way. */
function* copyRows(survey: SkillsGapSurvey, responses: DemoEmployerResponse[], submitted: number, chunk = 1000): Generator<string> {
  const sections = survey.definition.sections.length;
  for (let start = 0; start < responses.length; start += chunk) {
    const lines = responses.slice(start, start + chunk).map((response, offset) => {
      const index = start + offset;
      const { organisation: org, submittedAt } = response;
      const time = submittedAt.toISOString();
      // Drafts stop early more often than late, as the demo's do.
      const furthest = index < submitted ? sections : stoppedAfter(index - submitted, sections);
      const values =
        index < submitted
          ? ["submitted", benchReference(index), JSON.stringify(response.answers), sections, time]
          : ["draft", null, JSON.stringify(answersBefore(survey.definition, response.answers, furthest)), furthest, null];
      const [status, reference, answers, reached, submittedAtText] = values;
      return [survey.id, status ?? null, reference ?? null, answers ?? null, org.organisationName, org.sector, org.sizeBand, org.neighbourhoodId, reached ?? null, survey.version, time, submittedAtText ?? null]
        .map(field)
        .join("\t");
    });
    yield `${lines.join("\n")}\n`;
  }
}

type Counts = Map<string, number>;
function add(counts: Counts, key: string[]): void {
  const id = key.join("\u0000");
  counts.set(id, (counts.get(id) ?? 0) + 1);
}

/** The tallies (and tallies by dimension) the responses add, computed with the same functions a submission uses. */
function tallies(survey: SkillsGapSurvey, responses: DemoEmployerResponse[]): { all: Counts; byDimension: Counts } {
  const all: Counts = new Map();
  const byDimension: Counts = new Map();
  for (const { answers, organisation } of responses) {
    const keys = tallyKeys(survey.definition, answers, organisation);
    for (const key of keys) add(all, key);
    for (const key of dimensionTallyKeys(keys, organisation)) add(byDimension, key);
  }
  return { all, byDimension };
}

/** The counts as columns for unnest: one array per part of the key, and the counts. */
function columns(counts: Counts, parts: number): { part: (index: number) => string[]; counts: number[] } {
  const keys = [...counts.keys()].map((id) => id.split("\u0000"));
  if (keys.some((key) => key.length !== parts)) throw new Error(`Tally keys should have ${parts} parts`);
  return { part: (index) => keys.map((key) => key[index] ?? ""), counts: [...counts.values()] };
}

/**
 * Adds `count` submitted responses (from the demo generator) and `drafts` unfinished ones with COPY,
 * and adds the submitted ones' counts to the survey's tallies (and tallies by dimension) in the same
 * transaction, exactly as submitting them one by one would.
 */
export async function bulkInsertResponses(sql: postgres.Sql, survey: SkillsGapSurvey, count: number, drafts: number): Promise<{ generate: number; copy: number; tally: number }> {
  const clock = performance.now();
  const window = { from: survey.opensAt, to: new Date() };
  // Generated apart, so the submitted ones alone have exactly 80% with skills gaps.
  const responses = [...skillsGapResponses(count, survey.neighbourhoods, window, 100_000), ...skillsGapResponses(drafts, survey.neighbourhoods, window, 100_001)];
  const generated = performance.now();
  const counts = tallies(survey, responses.slice(0, count));
  const tallied = performance.now();
  await sql.begin(async (tx) => {
    const writable = await tx`copy survey_responses (survey_id, status, reference, answers, organisation_name, sector, size_band, neighbourhood_id, furthest_section, survey_version, created_at, submitted_at) from stdin`.writable();
    await pipeline(Readable.from(copyRows(survey, responses, count)), writable);
    const all = columns(counts.all, 2);
    await tx`
      insert into survey_tallies (survey_id, question_key, choice, count)
      select ${survey.id}, * from unnest(${all.part(0)}::text[], ${all.part(1)}::text[], ${all.counts}::int[])
      on conflict (survey_id, question_key, choice) do update set count = survey_tallies.count + excluded.count`;
    const by = columns(counts.byDimension, 4);
    await tx`
      insert into survey_dimension_tallies (survey_id, dimension, value, question_key, choice, count)
      select ${survey.id}, * from unnest(${by.part(0)}::text[], ${by.part(1)}::text[], ${by.part(2)}::text[], ${by.part(3)}::text[], ${by.counts}::int[])
      on conflict (survey_id, dimension, value, question_key, choice) do update set count = survey_dimension_tallies.count + excluded.count`;
  });
  await sql`analyze survey_responses`;
  return { generate: (generated - clock) / 1000, tally: (tallied - generated) / 1000, copy: (performance.now() - tallied) / 1000 };
}

export type TallyCheck = { label: string; tally: number; counted: number };

/** A few tallies (and tallies by dimension) against counts taken from the responses themselves. */
export async function checkTallies(sql: postgres.Sql, surveyId: string): Promise<TallyCheck[]> {
  type Check = [label: string, key: string, choice: string, condition: postgres.PendingQuery<postgres.Row[]>, dimension?: [string, string, postgres.PendingQuery<postgres.Row[]>]];
  const checks: Check[] = [
    ["all submitted", "*", "*", sql`true`],
    ["skills_gaps = yes", "skills_gaps", "yes", sql`answers->>'skills_gaps' = 'yes'`],
    ["gap_skills has english", "gap_skills", "english", sql`answers->'gap_skills' ? 'english'`],
    ["barriers has paperwork", "barriers", "paperwork", sql`answers->'barriers' ? 'paperwork'`],
    ["support_usefulness.helpline = 5", "support_usefulness.helpline", "5", sql`answers->'support_usefulness'->>'helpline' = '5'`],
    ["sector C", "org.sector", "C", sql`sector = 'C'`],
    ["size micro", "org.size", "micro", sql`size_band = 'micro'`],
    ["sector C: skills_gaps = yes", "skills_gaps", "yes", sql`answers->>'skills_gaps' = 'yes'`, ["sector", "C", sql`sector = 'C'`]],
    ["size micro: barriers has paperwork", "barriers", "paperwork", sql`answers->'barriers' ? 'paperwork'`, ["size", "micro", sql`size_band = 'micro'`]],
    ["size large: all submitted", "*", "*", sql`true`, ["size", "large", sql`size_band = 'large'`]],
  ];
  const results: TallyCheck[] = [];
  for (const [label, key, choice, condition, dimension] of checks) {
    const tally = dimension
      ? sql`select coalesce(sum(count), 0)::int from survey_dimension_tallies where survey_id = ${surveyId} and dimension = ${dimension[0]} and value = ${dimension[1]} and question_key = ${key} and choice = ${choice}`
      : sql`select coalesce(sum(count), 0)::int from survey_tallies where survey_id = ${surveyId} and question_key = ${key} and choice = ${choice}`;
    const [row] = await sql<{ tally: number; counted: number }[]>`
      select (${tally}) as tally,
             (select count(*)::int from survey_responses where survey_id = ${surveyId} and status = 'submitted' and ${condition} and ${dimension?.[2] ?? sql`true`}) as counted`;
    results.push({ label, tally: row?.tally ?? -1, counted: row?.counted ?? -2 });
  }
  return results;
}
