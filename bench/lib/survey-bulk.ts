import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";
import { skillsGapResponses, type DemoEmployerResponse, type Neighbourhood } from "@/lib/seed/demo-survey-responses";
import { SKILLS_GAP_SLUG } from "@/lib/seed/demo-surveys";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import { tallyKeys } from "@/lib/domain/surveys/tallies";
import { answersBefore, stoppedAfter } from "@/lib/seed/demo-drafts";
import { foldSurveyTallies } from "@/lib/server/surveys/tallies/fold-survey-tallies";

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
/** A text[] literal ({"a","b"}), each element quoted; `field` then escapes it for COPY. */
const arrayLiteral = (values: string[]) => `{${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;

/** Distinct references in the app's shape (LT-XXXX-XXXX), counted up from the bench's own prefix. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function benchReference(index: number): string {
  let chars = "";
  for (let rest = index, digit = 0; digit < 7; digit += 1, rest = Math.floor(rest / 32)) chars = (ALPHABET[rest % 32] ?? "0") + chars;
  return `LT-Z${chars.slice(0, 3)}-${chars.slice(3)}`;
}

/** One chunk's responses: `submitted` of them submitted (references from `offset` on), the rest drafts abandoned part way. */
type Chunk = { responses: DemoEmployerResponse[]; submitted: number; offset: number };

/** COPY lines for survey_responses, a thousand at a time. */
function* responseLines(survey: SkillsGapSurvey, { responses, submitted, offset }: Chunk, batch = 1000): Generator<string> {
  const sections = survey.definition.sections.length;
  for (let start = 0; start < responses.length; start += batch) {
    const lines = responses.slice(start, start + batch).map((response, step) => {
      const index = start + step;
      const { organisation: org, submittedAt } = response;
      const time = submittedAt.toISOString();
      // Drafts stop early more often than late, as the demo's do.
      const furthest = index < submitted ? sections : stoppedAfter(index - submitted, sections);
      const values =
        index < submitted
          ? ["submitted", benchReference(offset + index), JSON.stringify(response.answers), sections, time]
          : ["draft", null, JSON.stringify(answersBefore(survey.definition, response.answers, furthest)), furthest, null];
      const [status, reference, answers, reached, submittedAtText] = values;
      return [survey.id, status ?? null, reference ?? null, answers ?? null, org.organisationName, org.sector, org.sizeBand, org.neighbourhoodId, reached ?? null, survey.version, time, submittedAtText ?? null]
        .map(field)
        .join("\t");
    });
    yield `${lines.join("\n")}\n`;
  }
}

/** COPY lines for survey_tally_deltas: what each submitted response adds, with `tallyKeys` as a submission computes it. */
function* deltaLines(survey: SkillsGapSurvey, { responses, submitted }: Chunk, batch = 1000): Generator<string> {
  for (let start = 0; start < submitted; start += batch) {
    const lines = responses.slice(start, Math.min(start + batch, submitted)).map(({ answers, organisation: org }) => {
      const keys = tallyKeys(survey.definition, answers, org);
      return [survey.id, org.sector, org.sizeBand, org.neighbourhoodId, arrayLiteral(keys.map(([key]) => key)), arrayLiteral(keys.map(([, choice]) => choice))].map(field).join("\t");
    });
    yield `${lines.join("\n")}\n`;
  }
}

async function copyChunk(sql: postgres.Sql, survey: SkillsGapSurvey, chunk: Chunk): Promise<void> {
  await sql.begin(async (tx) => {
    const responses = await tx`copy survey_responses (survey_id, status, reference, answers, organisation_name, sector, size_band, neighbourhood_id, furthest_section, survey_version, created_at, submitted_at) from stdin`.writable();
    await pipeline(Readable.from(responseLines(survey, chunk)), responses);
    const deltas = await tx`copy survey_tally_deltas (survey_id, sector, size_band, neighbourhood_id, question_keys, choices) from stdin`.writable();
    await pipeline(Readable.from(deltaLines(survey, chunk)), deltas);
  });
}

/** Responses per generated chunk: memory holds one chunk at a time, however many there are in all. */
const CHUNK = 20_000;

export type BulkTimings = { generate: number; copy: number; fold: number };

/** Deltas folded per statement when seeding: fewer, larger folds write each tally row fewer times. */
const SEED_FOLD_BATCH = 100_000;

/**
 * Adds `count` submitted responses (from the demo generator, a chunk of 20,000 at a time, each
 * chunk with its own seed and exactly 80% with skills gaps, so memory holds one chunk however many
 * there are) and `drafts` unfinished ones with COPY, each submitted one with its tally delta as a
 * submission appends it; then folds the deltas into the tallies with the app's own fold
 * (`foldSurveyTallies`), as the server does.
 */
export async function bulkInsertResponses(sql: postgres.Sql, survey: SkillsGapSurvey, count: number, drafts: number): Promise<BulkTimings> {
  const timings: BulkTimings = { generate: 0, copy: 0, fold: 0 };
  const window = { from: survey.opensAt, to: new Date() };
  const chunks = Math.max(1, Math.ceil(count / CHUNK));
  for (let index = 0, offset = 0; index < chunks; index += 1) {
    const started = performance.now();
    const submitted = Math.min(CHUNK, count - offset);
    const unfinished = Math.round(drafts / chunks);
    // Generated apart, so the submitted ones alone have exactly 80% with skills gaps.
    const responses = [...skillsGapResponses(submitted, survey.neighbourhoods, window, 100_000 + 2 * index), ...skillsGapResponses(unfinished, survey.neighbourhoods, window, 100_001 + 2 * index)];
    const generated = performance.now();
    await copyChunk(sql, survey, { responses, submitted, offset });
    timings.generate += (generated - started) / 1000;
    timings.copy += (performance.now() - generated) / 1000;
    offset += submitted;
  }
  const folding = performance.now();
  await foldSurveyTallies({ batch: SEED_FOLD_BATCH, maxBatches: Number.POSITIVE_INFINITY });
  timings.fold = (performance.now() - folding) / 1000;
  // As autovacuum leaves them in a running system: the bulk folds' old row versions cleared, statistics current.
  await sql`vacuum analyze survey_responses, survey_tallies, survey_dimension_tallies, survey_pair_tallies`;
  return timings;
}
