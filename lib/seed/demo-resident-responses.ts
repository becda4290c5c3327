import type { Answers } from "@/lib/domain/surveys/answer-types";
import { OTHER_OPTION } from "@/lib/domain/surveys/definition";
import { otherKey } from "@/lib/domain/surveys/logic";
import { postcodeIn, timeIn, type Neighbourhood, type Window } from "./demo-survey-responses";
import { between, chance, generator, pick, some, weighted } from "./random";

export const DEMO_RESIDENT_RESPONSES = 40;

const IDEAS = [
  "More free events in the parks in summer, where families from different backgrounds actually meet.",
  "English conversation clubs that pair new arrivals with people who have lived here for years.",
  "Keep the community centres open in the evenings; that is when people who work can come.",
  "Shared meals during Ramadan, Diwali and Christmas were brilliant at our school. Do more of that.",
  "Better buses between Foleshill and the city centre so people do not stay in their own area.",
  "Sports leagues for young people that mix schools from different parts of the city.",
  "Tell people what is on: half my street never hears about the festivals until afterwards.",
  "Volunteering days where neighbours fix up a shared space together.",
  "Help older residents get online so they can join things too.",
];
const OTHER_ACTIVITIES = ["Allotment society", "Parents' group at our school", "Street party for the Coronation", "Tenants' association meetings"];

export interface DemoResidentResponse {
  answers: Answers;
  submittedAt: Date;
}

/** Residents' answers to "A Coventry that works for all": mostly positive, with a spread of ideas. */
export function residentResponses(count: number, neighbourhoods: readonly Neighbourhood[], window: Window, seed = 20_260_415): DemoResidentResponse[] {
  const random = generator(seed);
  return Array.from({ length: count }, () => {
    const submittedAt = timeIn(random, window);
    const answers: Answers = {
      get_on: Number(weighted(random, { "1": 2, "2": 5, "3": 10, "4": 14, "5": 6 })),
      belonging: weighted(random, { very: 9, fairly: 15, not_very: 7, not_at_all: 3 }),
    };
    if (chance(random, 0.65)) answers.postcode = postcodeIn(random, pick(random, neighbourhoods).slug);
    if (chance(random, 0.8)) {
      const activities: string[] = some(random, { volunteering: 0.3, faith: 0.35, festival: 0.45, sport: 0.25, learning: 0.15 });
      if (chance(random, 0.08)) {
        activities.push(OTHER_OPTION);
        answers[otherKey("activities")] = pick(random, OTHER_ACTIVITIES);
      }
      if (activities.length) answers.activities = activities;
    }
    if (chance(random, 0.55)) answers.last_event = new Date(submittedAt.getTime() - between(random, 3, 300) * 86_400_000).toISOString().slice(0, 10);
    if (chance(random, 0.45)) answers.ideas = pick(random, IDEAS);
    return { answers, submittedAt };
  });
}
