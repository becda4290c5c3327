import type { SicSection, SizeBand } from "@/lib/domain/surveys/organisation";

/**
 * Coventry employers for the demo skills-gap responses: which sectors answer (weighted roughly as
 * Coventry's economy: advanced manufacturing and automotive, health and social care, retail,
 * hospitality, logistics along the M6/M69, construction, education, professional services), how
 * large they are (mostly micro and small firms), how their names sound, and the roles they struggle
 * to fill. Weights are relative.
 */
export interface SectorProfile {
  weight: number;
  /** Relative chance of significant skills gaps (the total is fixed at exactly 80%). */
  gapWeight: number;
  names: readonly string[];
  roles: readonly string[];
  /** Probability of each skill being missing, for those with gaps. */
  skills: Readonly<Record<string, number>>;
}

const WORDS = ["Godiva", "Phoenix", "Spires", "Priory", "Sherbourne", "Swanswell", "Binley", "Foleshill", "Earlsdon", "Canley", "Radford", "Stoke", "Wyken", "Coundon", "Allesley", "Whitley", "Longford", "Tile Hill", "Far Gosford", "Hillfields", "Cheylesmore", "Three Spires", "Broadgate", "Lady Herbert", "Charterhouse", "Holbrooks"];

export const SECTOR_PROFILES: Readonly<Partial<Record<SicSection, SectorProfile>>> = {
  C: {
    weight: 18,
    gapWeight: 1.6,
    names: ["Precision Engineering Ltd", "Automotive Components Ltd", "Tool and Gauge Co", "Castings Ltd", "Fabrications Ltd", "Machining Services", "EV Systems Ltd", "Plastics Moulding Ltd"],
    roles: ["CNC machinists and setters", "Maintenance electricians", "Welders and fabricators", "Quality inspectors (CMM)", "Toolmakers", "Production supervisors", "Battery technicians for our EV line"],
    skills: { technical: 0.85, safety: 0.35, english: 0.35, digital: 0.3, management: 0.25, driving: 0.1 },
  },
  G: {
    weight: 14,
    gapWeight: 0.7,
    names: ["Motors", "Tyres and Exhausts", "Convenience Store", "Home and Hardware", "Cash and Carry", "Fashions", "Car Sales Ltd"],
    roles: ["Vehicle technicians", "Store managers", "Sales assistants for weekend shifts", "Parts advisers", "MOT testers"],
    skills: { customer: 0.75, english: 0.4, digital: 0.35, technical: 0.35, management: 0.3, driving: 0.1 },
  },
  Q: {
    weight: 14,
    gapWeight: 1.5,
    names: ["Care Services", "Home Care Ltd", "Dental Practice", "Care Home", "Supported Living", "Pharmacy", "Physiotherapy Clinic"],
    roles: ["Care workers (days and nights)", "Senior carers", "Registered nurses", "Dental nurses", "Care workers who drive", "Team leaders"],
    skills: { care: 0.85, english: 0.5, driving: 0.45, management: 0.3, digital: 0.25, safety: 0.2 },
  },
  I: {
    weight: 10,
    gapWeight: 0.9,
    names: ["Kitchen", "Balti House", "Café and Bakery", "Hotel", "Catering Ltd", "Tavern", "Street Food Co"],
    roles: ["Chefs", "Kitchen porters", "Front of house staff", "Tandoor chefs", "Night porters"],
    skills: { customer: 0.65, english: 0.5, safety: 0.45, technical: 0.35, management: 0.3 },
  },
  H: {
    weight: 10,
    gapWeight: 1.4,
    names: ["Logistics Ltd", "Haulage", "Couriers", "Distribution Centre", "Freight Services", "Removals"],
    roles: ["HGV class 1 drivers", "Forklift drivers", "Warehouse operatives on nights", "Transport planners", "Van drivers"],
    skills: { driving: 0.85, safety: 0.45, english: 0.4, digital: 0.3, management: 0.2 },
  },
  F: {
    weight: 9,
    gapWeight: 1.3,
    names: ["Builders Ltd", "Roofing", "Electrical Contractors", "Plumbing and Heating", "Groundworks Ltd", "Joinery"],
    roles: ["Bricklayers", "Electricians", "Plumbers and gas engineers", "Site managers", "Groundworkers with CSCS cards"],
    skills: { technical: 0.8, safety: 0.6, english: 0.3, management: 0.3, driving: 0.25, digital: 0.15 },
  },
  M: {
    weight: 8,
    gapWeight: 0.8,
    names: ["Accountants", "Solicitors", "Architects", "Design Studio", "Engineering Consultants", "Surveyors"],
    roles: ["Qualified accountants", "Immigration caseworkers", "CAD technicians", "Trainee solicitors", "Structural engineers"],
    skills: { technical: 0.55, digital: 0.5, management: 0.35, english: 0.25, customer: 0.3 },
  },
  N: {
    weight: 6,
    gapWeight: 1,
    names: ["Cleaning Services", "Security Ltd", "Recruitment", "Facilities Management", "Office Services"],
    roles: ["Cleaners on early shifts", "SIA-licensed security officers", "Recruitment consultants", "Facilities supervisors"],
    skills: { english: 0.5, customer: 0.45, safety: 0.35, digital: 0.3, management: 0.25, driving: 0.15 },
  },
  P: {
    weight: 4,
    gapWeight: 1,
    names: ["Training Centre", "Nursery", "Tuition Centre", "Academy", "Language School"],
    roles: ["Early years practitioners", "ESOL tutors", "Maths teachers", "Teaching assistants who speak community languages"],
    skills: { english: 0.35, digital: 0.45, management: 0.3, care: 0.25, customer: 0.2 },
  },
  J: {
    weight: 4,
    gapWeight: 1.1,
    names: ["Software Ltd", "Digital", "IT Support", "Web Studio", "Data Labs"],
    roles: ["Software developers", "IT support technicians", "Data analysts", "Cyber security specialists"],
    skills: { digital: 0.85, technical: 0.5, management: 0.25, customer: 0.2, english: 0.15 },
  },
  S: {
    weight: 3,
    gapWeight: 0.7,
    names: ["Hair and Beauty", "Barbers", "Dry Cleaners", "Community Centre", "Gym"],
    roles: ["Qualified hairdressers", "Barbers", "Fitness instructors"],
    skills: { customer: 0.6, technical: 0.45, english: 0.3, digital: 0.2 },
  },
};

export const SIZE_WEIGHTS: Readonly<Record<SizeBand, number>> = { micro: 45, small: 34, medium: 15, large: 6 };

/** Vacancies expected in the next year, by size band. */
export const VACANCY_RANGES: Readonly<Record<SizeBand, readonly [number, number]>> = { micro: [0, 3], small: [1, 12], medium: [4, 40], large: [20, 180] };

/** "Foleshill Precision Engineering Ltd": place or local word, then the sector's kind of business. */
export function organisationName(word: number, name: string): string {
  return `${WORDS[word % WORDS.length]} ${name}`;
}
export const NAME_WORDS = WORDS.length;

/** Postcode districts by neighbourhood, for workplace postcodes. */
export const POSTCODE_DISTRICTS: Readonly<Record<string, string>> = {
  foleshill: "CV6",
  hillfields: "CV1",
  willenhall: "CV3",
  "wood-end": "CV2",
  "bell-green": "CV2",
  "henley-green": "CV2",
  "manor-farm": "CV3",
  canley: "CV4",
  "tile-hill": "CV4",
  radford: "CV6",
  "stoke-aldermoor": "CV3",
  "spon-end": "CV1",
  longford: "CV6",
  holbrooks: "CV6",
  "ernesford-grange": "CV3",
  earlsdon: "CV5",
  cheylesmore: "CV3",
  whoberley: "CV5",
  "westwood-heath": "CV4",
  wyken: "CV2",
  coundon: "CV6",
  allesley: "CV5",
  "city-centre": "CV1",
};

export const FIRST_NAMES = ["Amira", "Tom", "Priya", "Kwame", "Grace", "Hassan", "Olivia", "Jan", "Fatima", "Liam", "Aisha", "Patrick", "Mei", "Daniel", "Zainab", "Chloe", "Raj", "Ewa", "Samuel", "Gurpreet", "Sarah", "Mohammed", "Helen", "Tariq"];
export const LAST_NAMES = ["Hussain", "Bennett", "Patel", "Mensah", "Okafor", "Khan", "Walsh", "Kowalski", "Begum", "Murphy", "Ali", "Evans", "Chen", "Singh", "Nowak", "Taylor", "Ahmed", "Jones", "Sandhu", "Clarke"];

export const OTHER_SKILLS = ["Forklift (counterbalance) licences", "Food hygiene level 2", "Welding coded to BS EN ISO 9606", "Medication administration", "First aid at work", "Community languages such as Punjabi, Polish and Arabic"];
export const OTHER_BARRIERS = ["Visa sponsorship costs and rules", "Not sure which documents to accept for pre-settled status", "Our insurer asked questions we could not answer", "Shift patterns clash with English classes"];
export const COMMENTS_ON_ROLES = ["We have had adverts out for months.", "Agencies cannot find them either.", "We train people up, then lose them to bigger firms.", "Experienced people are retiring faster than we can replace them."];
