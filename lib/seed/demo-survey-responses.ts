import { slugify } from "@/lib/text/slugify";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import { OTHER_OPTION } from "@/lib/domain/surveys/definition";
import { otherKey } from "@/lib/domain/surveys/logic";
import type { SicSection, SizeBand, TOrganisationInput } from "@/lib/domain/surveys/organisation";
import {
  COMMENTS_ON_ROLES,
  FIRST_NAMES,
  LAST_NAMES,
  NAME_WORDS,
  organisationName,
  OTHER_BARRIERS,
  OTHER_SKILLS,
  POSTCODE_DISTRICTS,
  SECTOR_PROFILES,
  SIZE_WEIGHTS,
  VACANCY_RANGES,
  type SectorProfile,
} from "./demo-employers";
import { between, chance, chooseExactly, generator, pick, some, weighted, type Random } from "./random";

/** The seed document's figure: 80% of the employers surveyed reported significant skills gaps. */
const SKILLS_GAP_SHARE = 0.8;
export const DEMO_SKILLS_GAP_RESPONSES = 200;

export interface Neighbourhood {
  id: string;
  slug: string;
}
export interface Window {
  from: Date;
  to: Date;
}

export interface DemoEmployerResponse {
  organisation: TOrganisationInput;
  answers: Answers;
  submittedAt: Date;
  /** The person who answered: the demo account's name and a clearly fake address. */
  contact: { name: string; email: string };
}

const SECTOR_WEIGHTS = Object.fromEntries(Object.entries(SECTOR_PROFILES).map(([code, profile]) => [code, profile.weight])) as Record<SicSection, number>;
const GAPS_BY_SIZE: Record<SizeBand, number> = { micro: 0.8, small: 1, medium: 1.25, large: 1.4 };
const HIRED_BEFORE_BY_SIZE: Record<SizeBand, number> = { micro: 0.25, small: 0.42, medium: 0.6, large: 0.8 };
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

function profileOf(sector: SicSection): SectorProfile {
  const profile = SECTOR_PROFILES[sector];
  if (!profile) throw new Error(`No demo profile for sector ${sector}`);
  return profile;
}

/** A time in the window, with about half the answers in its first third (when the survey launched). */
export function timeIn(random: Random, window: Window): Date {
  const share = chance(random, 0.5) ? random() / 3 : random();
  return new Date(window.from.getTime() + share * (window.to.getTime() - window.from.getTime()));
}

export function postcodeIn(random: Random, neighbourhoodSlug: string): string {
  const district = POSTCODE_DISTRICTS[neighbourhoodSlug] ?? "CV1";
  return `${district} ${between(random, 1, 9)}${pick(random, [...INWARD_LETTERS])}${pick(random, [...INWARD_LETTERS])}`;
}

function hardToFill(random: Random, profile: SectorProfile): string {
  const first = pick(random, profile.roles);
  const second = pick(random, profile.roles);
  const roles = second === first ? first : `${first}; ${second.charAt(0).toLowerCase()}${second.slice(1)}`;
  return chance(random, 0.4) ? `${roles}. ${pick(random, COMMENTS_ON_ROLES)}` : roles;
}

/** Adds a multiple-choice answer, sometimes with "Other, please specify". */
function withOther(random: Random, answers: Answers, questionId: string, chosen: string[], others: readonly string[], probability: number): void {
  if (chance(random, probability)) {
    answers[questionId] = [...chosen, OTHER_OPTION];
    answers[otherKey(questionId)] = pick(random, others);
  } else answers[questionId] = chosen;
}

function gapAnswers(random: Random, answers: Answers, profile: SectorProfile): void {
  const skills = some(random, profile.skills);
  withOther(random, answers, "gap_skills", skills.length ? skills : [Object.keys(profile.skills)[0] ?? "technical"], OTHER_SKILLS, 0.08);
  if (chance(random, 0.92)) answers.gap_impact = Number(weighted(random, { "2": 1, "3": 4, "4": 5, "5": 3 }));
}

function barrierAnswers(random: Random, answers: Answers): void {
  if (chance(random, 0.06)) answers.barriers = ["nothing"];
  else {
    const barriers = some(random, { paperwork: 0.72, language: 0.45, qualifications: 0.35, references: 0.3, training_cost: 0.22, reaching: 0.38 });
    withOther(random, answers, "barriers", barriers.length ? barriers : ["paperwork"], OTHER_BARRIERS, 0.07);
  }
  if (chance(random, 0.85)) answers.paperwork_confidence = Number(weighted(random, { "1": 25, "2": 35, "3": 25, "4": 10, "5": 5 }));
}

function supportAnswers(random: Random, answers: Answers, size: SizeBand, fearsPaperwork: boolean): void {
  const wanted = some(random, {
    paperwork_guidance: fearsPaperwork ? 0.85 : 0.5,
    language_training: 0.45,
    job_fairs: 0.35,
    placements: 0.3,
    qualification_advice: 0.28,
    mentoring: 0.22,
  });
  answers.support_wanted = wanted.length ? wanted.slice(0, 3) : ["job_fairs"];
  if (chance(random, 0.75)) {
    const high = { "3": 2, "4": 5, "5": 4 };
    const mixed = { "1": 1, "2": 2, "3": 4, "4": 3, "5": 2 };
    answers.support_usefulness = {
      briefing: Number(weighted(random, fearsPaperwork ? high : mixed)),
      helpline: Number(weighted(random, fearsPaperwork ? high : mixed)),
      referrals: Number(weighted(random, mixed)),
    };
  }
  const [low, high] = VACANCY_RANGES[size];
  if (chance(random, 0.85)) answers.vacancies = between(random, low, high);
}

function organisationFor(random: Random, index: number, taken: Set<string>, neighbourhoods: readonly Neighbourhood[], unique: boolean) {
  const sector = weighted(random, SECTOR_WEIGHTS);
  const profile = profileOf(sector);
  const kind = pick(random, profile.names);
  let word = between(random, 0, NAME_WORDS - 1);
  let name = organisationName(word, kind);
  // Demo names stay distinct (a list of 200 with repeats looks wrong); a very large run may repeat.
  for (let step = 0; unique && taken.has(name) && step < NAME_WORDS; step += 1) name = organisationName(++word, kind);
  if (unique && taken.has(name)) name = `${name} (${index + 1})`;
  taken.add(name);
  const neighbourhood = pick(random, neighbourhoods);
  return { sector, profile, size: weighted(random, SIZE_WEIGHTS), name, neighbourhood };
}

/**
 * `count` believable responses to the employer skills-gap survey, the same every time for the same
 * seed: exactly 80% report significant skills gaps (more often in manufacturing, care, logistics
 * and construction, and in larger firms), most would consider employing refugees and migrants, and
 * those who have not done so mostly fear getting the right-to-work paperwork wrong. Answers follow
 * the survey's branching (only visible questions are answered).
 */
export function skillsGapResponses(count: number, neighbourhoods: readonly Neighbourhood[], window: Window, seed = 20_260_401): DemoEmployerResponse[] {
  if (neighbourhoods.length === 0) throw new Error("Seed the neighbourhoods before the survey responses");
  const random = generator(seed);
  const taken = new Set<string>();
  const organisations = Array.from({ length: count }, (_, index) => organisationFor(random, index, taken, neighbourhoods, count <= 1000));
  const withGaps = chooseExactly(
    random,
    organisations.map((org) => org.profile.gapWeight * GAPS_BY_SIZE[org.size]),
    Math.round(count * SKILLS_GAP_SHARE),
  );
  return organisations.map((org, index) => {
    const gaps = withGaps.has(index);
    const answers: Answers = { skills_gaps: gaps ? "yes" : "no" };
    if (chance(random, gaps ? 0.7 : 0.25)) answers.hard_to_fill = hardToFill(random, org.profile);
    if (gaps) gapAnswers(random, answers, org.profile);
    const hired = chance(random, HIRED_BEFORE_BY_SIZE[org.size]);
    answers.hired_before = hired ? "yes" : "no";
    answers.would_consider = weighted(random, hired ? { yes: 80, maybe: 17, no: 3 } : { yes: 35, maybe: 46, no: 19 });
    if (!hired) barrierAnswers(random, answers);
    const barriers = answers.barriers;
    supportAnswers(random, answers, org.size, !hired && Array.isArray(barriers) && barriers.includes("paperwork"));
    const person = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    const email = `${slugify(person).replace(/-/g, ".")}@${slugify(org.name)}.example.org`;
    if (chance(random, 0.58)) {
      answers.follow_up = "yes";
      answers.contact_name = person;
      answers.contact_email = email;
      if (chance(random, 0.8)) answers.contact_postcode = postcodeIn(random, org.neighbourhood.slug);
    }
    return {
      organisation: { organisationName: org.name, sector: org.sector, sizeBand: org.size, neighbourhoodId: org.neighbourhood.id },
      answers,
      submittedAt: timeIn(random, window),
      contact: { name: person, email },
    };
  });
}
