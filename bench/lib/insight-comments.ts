// Realistic comments to a consultation on jobs, skills and getting about, from a seeded generator:
// an opening about the writer, one or two points on a theme, sometimes a closing; a few in other languages.
import { chance, generator, pick, type Random } from "@/lib/seed/random";

const OPENINGS = [
  "I have lived in Foleshill for twenty years.",
  "We run a small engineering firm on the industrial estate.",
  "I am a single parent with two children at primary school.",
  "I came to Coventry as a refugee three years ago.",
  "I work night shifts at the hospital.",
  "Our community group meets at the library every week.",
  "Speaking as a local employer,",
  "I volunteer with young people in Hillfields.",
  "",
  "",
];

const POINTS: Record<string, string[]> = {
  english: [
    "There are not enough English classes and the college waiting list is months long.",
    "ESOL classes in the evening would help people who work during the day.",
    "Free English classes with a creche would let mothers attend.",
    "My neighbours need English classes before they can look for work.",
  ],
  checks: [
    "Right to work checks are confusing for small employers and we worry about fines.",
    "We turned away good candidates because the right to work checks took too long.",
    "Clear guidance on right to work checks for refugees would help employers hire.",
  ],
  skills: [
    "There is a skills gap in engineering and young people are not trained for those jobs.",
    "Local firms report a skills gap in digital skills and customer service.",
    "Apprenticeships would close the skills gap faster than short courses.",
    "Older workers need digital skills training too.",
  ],
  buses: [
    "The last bus leaves before my shift ends, so I cannot get home.",
    "Bus fares are too expensive for people on low wages.",
    "There is no direct bus from Foleshill to the industrial estate where the jobs are.",
    "A cheaper bus pass for job seekers would help people get to interviews.",
  ],
  childcare: [
    "Childcare costs more than I would earn working part time.",
    "There are no childcare places near the training centre.",
    "Affordable childcare would let parents take up training and work.",
    "Nursery places are full and childcare is the biggest barrier to work.",
  ],
  housing: [
    "Private rents are rising faster than wages.",
    "Overcrowded housing makes it hard for children to do homework.",
    "The housing waiting list is years long for a family home.",
  ],
  safety: [
    "Street lighting on the canal towpath would make walking home safer after dark.",
    "Better street lighting near the bus stops would help women feel safe.",
  ],
};
const THEMES = Object.keys(POINTS);

const CLOSINGS = ["Thank you for asking.", "Please keep residents updated.", "I hope the council listens.", "", "", ""];

const OTHER_LANGUAGES = [
  { locale: "pl", text: "Potrzebujemy więcej lekcji angielskiego wieczorem." },
  { locale: "pa", text: "ਸਾਨੂੰ ਬੱਚਿਆਂ ਦੀ ਦੇਖਭਾਲ ਲਈ ਹੋਰ ਥਾਵਾਂ ਦੀ ਲੋੜ ਹੈ।" },
  { locale: "ur", text: "انگریزی کی کلاسیں شام کو ہونی چاہئیں۔" },
  { locale: "ar", text: "الحافلات لا تأتي في الليل." },
];

function comment(random: Random): { text: string; locale: string } {
  if (chance(random, 0.04)) return pick(random, OTHER_LANGUAGES);
  const first = pick(random, THEMES);
  const points = [pick(random, POINTS[first] ?? [])];
  if (chance(random, 0.35)) points.push(pick(random, POINTS[pick(random, THEMES)] ?? []));
  const text = [pick(random, OPENINGS), ...points, pick(random, CLOSINGS)].filter(Boolean).join(" ");
  return { text, locale: "en" };
}

export function insightComments(count: number, seed = 17): { text: string; locale: string }[] {
  const random = generator(seed);
  return Array.from({ length: count }, () => comment(random));
}
