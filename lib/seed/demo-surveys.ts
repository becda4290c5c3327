import type { z } from "zod";
import type { ZSurveyDefinition } from "@/lib/domain/surveys/definition";

type DefinitionInput = z.input<typeof ZSurveyDefinition>;

export interface DemoSurvey {
  slug: string;
  title: string;
  summary: string;
  audience: "anyone" | "signed_in" | "employers";
  anonymous: boolean;
  onePerPerson: boolean;
  asksOrganisation: boolean;
  topicSlug: string | null;
  themeSlugs: string[];
  thankYou: string;
  /** Days from seeding: negative is in the past. */
  opensInDays: number;
  closesInDays: number;
  definition: DefinitionInput;
}

const options = (entries: Record<string, string>) => Object.entries(entries).map(([id, label]) => ({ id, label }));

export const SKILLS_GAP_SLUG = "employer-skills-gap-survey";
export const RESIDENT_SURVEY_SLUG = "a-coventry-that-works-for-all";

/**
 * The employer skills-gap survey described at the "Building a Coventry that works for all" workshop
 * by Coventry University's Centre for Trust, Peace and Social Relations: 200 local employers, 80%
 * with significant skills gaps, many willing to employ refugees and migrants but afraid of getting
 * the right-to-work paperwork wrong.
 */
export const SKILLS_GAP_SURVEY: DemoSurvey = {
  slug: SKILLS_GAP_SLUG,
  title: "Employer skills-gap survey",
  summary:
    "Tell the Coventry Cohesion and Integration Network about the skills your organisation is missing, whether you would employ refugees and migrants, and what would make that easier. It takes about 5 minutes.",
  audience: "employers",
  anonymous: false,
  onePerPerson: true,
  asksOrganisation: true,
  topicSlug: "mi-friendly-cities",
  themeSlugs: ["jobs-and-economy", "learning-and-training", "equalities-and-communities"],
  thankYou:
    "Thank you. The Jobs Strategy Group and Coventry University's Centre for Trust, Peace and Social Relations will use your answers to plan right-to-work guidance, English language training and job fairs with community partners.",
  opensInDays: -30,
  closesInDays: 45,
  definition: {
    sections: [
      {
        id: "skills",
        title: "Skills and recruitment",
        intro: "About the skills your organisation needs now.",
        questions: [
          { id: "skills_gaps", type: "yes_no", title: "Does your organisation have significant skills gaps at the moment?", required: true },
          { id: "hard_to_fill", type: "long_text", title: "Which roles are hardest to fill?", hint: "For example: HGV drivers, care workers, CNC machinists.", maxLength: 1000 },
        ],
      },
      {
        id: "missing_skills",
        title: "The skills you are missing",
        showIf: { questionId: "skills_gaps", operator: "equals", values: ["yes"] },
        questions: [
          {
            id: "gap_skills",
            type: "multiple_choice",
            title: "Which skills are hardest to find?",
            hint: "Select all that apply.",
            required: true,
            allowOther: true,
            options: options({
              english: "Spoken and written English",
              digital: "Digital and IT skills",
              technical: "Technical or trade skills",
              customer: "Customer service",
              management: "Management and leadership",
              driving: "Driving licences, such as HGV",
              care: "Health and social care qualifications",
              safety: "Health and safety certificates",
            }),
          },
          { id: "gap_impact", type: "scale", title: "How much do these gaps hold your organisation back?", points: 5, minLabel: "Not at all", maxLabel: "A great deal" },
        ],
      },
      {
        id: "refugees_migrants",
        title: "Refugees and migrants",
        questions: [
          { id: "hired_before", type: "yes_no", title: "Have you employed refugees or migrants in the last three years?", required: true },
          {
            id: "would_consider",
            type: "single_choice",
            title: "Would you consider employing refugees or migrants to fill your skills gaps?",
            required: true,
            options: options({ yes: "Yes", maybe: "Maybe, with the right support", no: "No" }),
          },
        ],
      },
      {
        id: "barriers",
        title: "What stops you",
        intro: "You told us you have not employed refugees or migrants recently. Knowing why helps partners offer the right help.",
        showIf: { questionId: "hired_before", operator: "equals", values: ["no"] },
        questions: [
          {
            id: "barriers",
            type: "multiple_choice",
            title: "What stops you employing refugees or migrants?",
            hint: "Select all that apply.",
            required: true,
            allowOther: true,
            options: options({
              paperwork: "Worry about getting right-to-work checks and paperwork wrong",
              language: "Language and communication",
              qualifications: "Recognising qualifications from other countries",
              references: "No UK references or work history",
              training_cost: "The time and cost of training",
              reaching: "Not knowing how to reach candidates",
              nothing: "Nothing stops us",
            }),
          },
          { id: "paperwork_confidence", type: "scale", title: "How confident are you about carrying out right-to-work checks?", points: 5, minLabel: "Not at all confident", maxLabel: "Very confident" },
        ],
      },
      {
        id: "support",
        title: "Support that would help",
        questions: [
          {
            id: "support_wanted",
            type: "multiple_choice",
            title: "Which support would help you most?",
            hint: "Select up to 3.",
            required: true,
            maxChoices: 3,
            options: options({
              paperwork_guidance: "Guidance on right-to-work paperwork",
              language_training: "English language training for new staff",
              mentoring: "Mentoring and buddying schemes",
              job_fairs: "Job fairs with refugee and migrant jobseekers",
              placements: "Work placements and trial periods",
              qualification_advice: "Help recognising overseas qualifications",
            }),
          },
          {
            id: "support_usefulness",
            type: "grid",
            title: "How useful would each of these be to your organisation?",
            points: 5,
            minLabel: "Not useful",
            maxLabel: "Very useful",
            rows: options({ briefing: "A one-hour right-to-work briefing", helpline: "A helpline for paperwork questions", referrals: "Referrals from community partners" }),
          },
          { id: "vacancies", type: "number", title: "About how many vacancies do you expect in the next 12 months?", hint: "Enter 0 if none.", min: 0, max: 100000 },
        ],
      },
      {
        id: "keeping_in_touch",
        title: "Keeping in touch",
        questions: [
          {
            id: "follow_up",
            type: "consent",
            title: "Coventry City Council's employment team and Coventry University may contact my organisation about this survey and the support it leads to.",
            hint: "Leave this unticked if you do not want to be contacted.",
          },
        ],
      },
      {
        id: "contact",
        title: "Your contact details",
        showIf: { questionId: "follow_up", operator: "equals", values: ["yes"] },
        questions: [
          { id: "contact_name", type: "short_text", title: "Your name", required: true },
          { id: "contact_email", type: "email", title: "Email address", required: true },
          { id: "contact_postcode", type: "postcode", title: "Workplace postcode", hint: "For example, CV1 5RR." },
        ],
      },
    ],
  },
};

/** A resident survey for the "Building a Coventry that works for all" discussion. */
export const RESIDENT_SURVEY: DemoSurvey = {
  slug: RESIDENT_SURVEY_SLUG,
  title: "A Coventry that works for all: residents' survey",
  summary:
    "How well do people from different backgrounds get on where you live, and what would help? Your answers shape the Coventry Cohesion and Integration Network's plans. Anyone can answer, and you do not need an account.",
  audience: "anyone",
  anonymous: true,
  onePerPerson: false,
  asksOrganisation: false,
  topicSlug: "building-a-coventry-that-works-for-all",
  themeSlugs: ["equalities-and-communities", "neighbourhoods"],
  thankYou: "Thank you. The network will publish a summary of what residents said, and what changes because of it.",
  opensInDays: -10,
  closesInDays: 60,
  definition: {
    sections: [
      {
        id: "your_area",
        title: "Your area",
        questions: [
          {
            id: "get_on",
            type: "scale",
            title: "How well do people from different backgrounds get on in your area?",
            points: 5,
            minLabel: "Not at all well",
            maxLabel: "Very well",
            required: true,
          },
          {
            id: "belonging",
            type: "dropdown",
            title: "How strongly do you feel you belong to your neighbourhood?",
            required: true,
            options: options({ very: "Very strongly", fairly: "Fairly strongly", not_very: "Not very strongly", not_at_all: "Not at all strongly" }),
          },
          { id: "postcode", type: "postcode", title: "Your postcode", hint: "We use it only to group answers by area." },
        ],
      },
      {
        id: "taking_part",
        title: "Taking part",
        questions: [
          {
            id: "activities",
            type: "multiple_choice",
            title: "In the last year, have you taken part in any of these?",
            hint: "Select all that apply.",
            allowOther: true,
            options: options({
              volunteering: "Volunteering",
              faith: "Faith or community group events",
              festival: "Festivals such as Godiva or Diwali celebrations",
              sport: "Sport or exercise groups",
              learning: "Adult learning or English classes",
            }),
          },
          { id: "last_event", type: "date", title: "When did you last go to a community event?", hint: "For example, 27 3 2026." },
          { id: "ideas", type: "long_text", title: "What would help people from different backgrounds mix more in Coventry?", maxLength: 2000 },
        ],
      },
    ],
  },
};

export const DEMO_SURVEYS = [SKILLS_GAP_SURVEY, RESIDENT_SURVEY];
