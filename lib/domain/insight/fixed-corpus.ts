import type { InsightItem } from "./extract-themes";

/**
 * A fixed corpus for the theme analysis's tests: comments as residents and employers write them to a
 * consultation on jobs, skills and getting about in Coventry (the themes of the council's community
 * plan and the Equal partnerships in ../shared/seeds: skills gaps, right-to-work checks, English
 * classes, buses, childcare), with a few in other languages and one in a non-Latin script marked English.
 */
const ENGLISH = [
  // English classes (ESOL)
  "There are not enough English classes in Foleshill and the waiting list at the college is months long.",
  "My husband wants to work but the ESOL classes at the library are full until next year.",
  "Evening English classes would help people who work shifts during the day.",
  "The free English classes stopped when the community centre lost its funding.",
  "ESOL classes should be run in the community centre where mothers already go.",
  "I learned English at a class in Hillfields and it changed my life, please keep the English classes.",
  "English classes for beginners are the first step into work for many refugees.",
  "We need more ESOL classes with a creche so parents can attend.",
  // Right-to-work checks
  "Right to work checks are confusing for a small employer like us and we worry about the fines.",
  "We turned away good candidates because we did not understand the right to work checks.",
  "The council could run a session for small businesses on right to work checks and share checks online.",
  "Right to work checks take too long when someone has a pending visa application.",
  "Employers need clear guidance on right to work checks for refugees with a biometric residence permit.",
  "Our agency spends hours on right to work checks for every new starter.",
  // Skills gaps
  "There is a real skills gap in engineering and local young people are not being trained for those jobs.",
  "Employers in the area report a skills gap in digital skills and customer service.",
  "The skills gap in care work means care homes cannot fill vacancies.",
  "Apprenticeships would close the skills gap faster than short courses.",
  "Local firms should work with the college to close the skills gap in construction.",
  "Older workers need digital skills training too, not just school leavers.",
  "Digital skills courses at the library helped me apply for jobs online.",
  // Buses and transport
  "The number 20 bus stops running before my shift ends at the hospital.",
  "Bus fares are too expensive for people on low wages travelling to work.",
  "There is no direct bus from Foleshill to the industrial estate where the jobs are.",
  "A cheaper bus pass for job seekers would help people get to interviews.",
  "Evening buses are unreliable so I cannot take a job on the late shift.",
  "The bus to the business park only runs once an hour which makes getting to work hard.",
  "Reliable buses to the industrial estate would open up jobs for people without cars.",
  // Childcare
  "Childcare costs more than I would earn working part time.",
  "There are no childcare places near the training centre so I cannot attend the course.",
  "Affordable childcare would let single parents take up training and work.",
  "Nursery places in our area are full and childcare is the biggest barrier to work.",
  "Childcare during the school holidays is impossible to find for shift workers.",
  "Free childcare hours should cover parents who are studying as well as working.",
  // Housing (a smaller theme)
  "Private rents are rising faster than wages and families are moving out of the area.",
  "Overcrowded housing makes it hard for children to do homework.",
  "The housing waiting list is years long for a family home.",
  // General remarks that belong to no theme
  "Thank you for asking residents what they think.",
  "I hope the council listens this time.",
  "Please keep us updated on what happens next.",
];

const OTHER_LANGUAGES: InsightItem[] = [
  { id: "pl-01", locale: "pl", text: "Potrzebujemy więcej lekcji angielskiego wieczorem, bo pracujemy w dzień." },
  { id: "pl-02", locale: "pl", text: "Autobusy do strefy przemysłowej jeżdżą za rzadko." },
  { id: "pa-01", locale: "pa", text: "ਸਾਨੂੰ ਬੱਚਿਆਂ ਦੀ ਦੇਖਭਾਲ ਲਈ ਹੋਰ ਥਾਵਾਂ ਦੀ ਲੋੜ ਹੈ।" },
  { id: "ur-01", locale: "ur", text: "انگریزی کی کلاسیں شام کو ہونی چاہئیں۔" },
  { id: "ar-01", locale: "ar", text: "نحتاج إلى دروس اللغة الإنجليزية بالقرب من المنزل." },
  // Marked English (the page's language when posted) but written in Arabic script.
  { id: "en-ar-01", locale: "en", text: "الحافلات لا تأتي في الليل ولا أستطيع الذهاب إلى العمل." },
];

const id = (index: number) => `en-${String(index + 1).padStart(2, "0")}`;

export const FIXED_CORPUS: readonly InsightItem[] = [...ENGLISH.map((text, index) => ({ id: id(index), locale: "en", text })), ...OTHER_LANGUAGES];
