import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, surveyResponses } from "@/lib/db/schema";
import { submitResponseIn } from "@/lib/server/surveys/submit-answers";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import type { SicSection, SizeBand } from "@/lib/domain/surveys/organisation";
import { createSurvey, SKILLS_GAP_SURVEY, type SurveyRow } from "./survey-fixtures";
import { uniqueTag } from "./factories";

export interface Employer {
  sector: SicSection;
  sizeBand: SizeBand;
  neighbourhoodId: string;
}

export interface PlannedResponse {
  answers: Answers;
  employer?: Employer;
  at: Date;
}

export async function createNeighbourhoods(count: number): Promise<{ id: string; name: string }[]> {
  const tag = uniqueTag("hood-");
  return getDb()
    .insert(neighbourhoods)
    .values(Array.from({ length: count }, (_, index) => ({ slug: `${tag}-${index}`, name: `Place ${String.fromCharCode(65 + index)} ${tag}` })))
    .returning({ id: neighbourhoods.id, name: neighbourhoods.name });
}

/** Submits each planned response through the core, as the respondent pages and API do. */
export async function submitPlanned(survey: SurveyRow, planned: PlannedResponse[]): Promise<void> {
  for (const [index, response] of planned.entries()) {
    await getDb().transaction((tx) =>
      submitResponseIn(
        tx,
        survey,
        null,
        {
          answers: response.answers,
          organisation: response.employer ? { organisationName: `Employer ${index}`, ...response.employer } : undefined,
          submissionKey: randomUUID(),
        },
        response.at,
      ),
    );
  }
}

const SECTORS: SicSection[] = ["C", "F", "Q"];
const SIZES: SizeBand[] = ["micro", "small", "medium", "large"];
const SKILLS = ["english", "digital", "technical", "care"];
const BARRIERS = ["paperwork", "language", "qualifications"];

/** A varied, valid answer set for the employer skills-gap survey: the i-th of a spread. */
export function skillsGapAnswers(index: number): Answers {
  const gaps = index % 5 !== 0;
  const hired = index % 3 === 0;
  const answers: Answers = {
    skills_gaps: gaps ? "yes" : "no",
    hired_before: hired ? "yes" : "no",
    would_consider: ["yes", "maybe", "no"][index % 3] ?? "yes",
    support_wanted: index % 2 === 0 ? ["paperwork_guidance", "mentoring"] : ["language_training"],
    support_usefulness: { briefing: (index % 5) + 1, helpline: ((index + 2) % 5) + 1 },
    vacancies: index * 3,
  };
  if (index % 4 === 0) answers.hard_to_fill = `Roles number ${index}, such as CNC machinists`;
  if (gaps) {
    answers.gap_skills = index % 7 === 0 ? [SKILLS[index % 4] ?? "english", "other"] : [SKILLS[index % 4] ?? "english"];
    if (index % 7 === 0) answers["gap_skills.other"] = `Other skill ${index}`;
    answers.gap_impact = (index % 5) + 1;
  }
  if (!hired) answers.barriers = [BARRIERS[index % 3] ?? "paperwork"];
  return answers;
}

/** An employer skills-gap survey with `count` responses, a minute apart, spread over sectors, sizes and places. */
export async function skillsGapSurveyWithResponses(count: number, settings: { anonymous?: boolean } = {}) {
  const survey = await createSurvey(getDb(), { definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true, anonymous: settings.anonymous ?? true });
  const places = await createNeighbourhoods(2);
  const start = Date.UTC(2026, 9, 1, 9, 0, 0);
  const planned: PlannedResponse[] = Array.from({ length: count }, (_, index) => ({
    answers: skillsGapAnswers(index),
    employer: { sector: SECTORS[index % 3] ?? "C", sizeBand: SIZES[index % 4] ?? "small", neighbourhoodId: places[index % 2]?.id ?? "" },
    at: new Date(start + index * 60_000),
  }));
  await submitPlanned(survey, planned);
  return { survey, planned, places };
}

/** A draft that got as far as `furthestSection`. */
export async function insertDraft(survey: SurveyRow, furthestSection: number, employer?: Employer): Promise<void> {
  await getDb()
    .insert(surveyResponses)
    .values({ surveyId: survey.id, status: "draft", furthestSection, surveyVersion: survey.version, answers: {}, sector: employer?.sector ?? null, sizeBand: employer?.sizeBand ?? null, neighbourhoodId: employer?.neighbourhoodId ?? null });
}
