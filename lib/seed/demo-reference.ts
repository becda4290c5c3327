/**
 * Reference data from the seed documents: the Coventry Community Plan's themes and communities of
 * interest, Coventry's neighbourhoods, and the partners named in the articles.
 */
export const THEMES = [
  { slug: "equalities-and-communities", name: "Equalities and communities", kind: "underpinning", leadGroup: "Equalities and Communities Theme Group", summary: "A shared vision and sense of belonging for all of Coventry's communities, with equality of opportunity and strong relationships between people from different backgrounds." },
  { slug: "neighbourhoods", name: "Neighbourhoods", kind: "underpinning", leadGroup: "Neighbourhood Management Partners", summary: "Closing the gap between the city's most and least deprived neighbourhoods, and giving residents more say over local services." },
  { slug: "health-and-well-being", name: "Health and well-being", kind: "strategic", leadGroup: "Health of Coventry Group", summary: "Higher levels of health and fitness for all, improving fastest in priority neighbourhoods and communities." },
  { slug: "housing", name: "Housing", kind: "strategic", leadGroup: "Housing Strategy Group", summary: "Decent homes, housing choice and support for Coventry residents." },
  { slug: "transport", name: "Transport", kind: "strategic", leadGroup: "Transport Theme Group", summary: "Easier, safer, sustainable and more accessible transport for everyone." },
  { slug: "community-safety", name: "Community safety", kind: "strategic", leadGroup: "Community Safety Partnership", summary: "Less crime and harm from illegal drugs, and less fear of crime and anti-social behaviour." },
  { slug: "environment", name: "Environment", kind: "strategic", leadGroup: "Environment Theme Group", summary: "Cleaner, safer and greener neighbourhoods and public spaces, and a sustainable city." },
  { slug: "culture", name: "Culture", kind: "strategic", leadGroup: "The Cultural Partnership", summary: "Libraries, sport, parks, heritage and the arts that meet the needs of communities." },
  { slug: "jobs-and-economy", name: "Jobs and economy", kind: "strategic", leadGroup: "Jobs Strategy Group", summary: "Full employment, thriving small firms and more people from disadvantaged groups in paid work." },
  { slug: "learning-and-training", name: "Learning and training (adults)", kind: "strategic", leadGroup: "Learning and Training Theme Group", summary: "More adults in education and training, with the skills needed for work, business and growth." },
] as const;

/** The city-wide communities of interest named in Appendix 1 of the Community Plan. */
export const COMMUNITIES_OF_INTEREST = [
  "Disabled people",
  "Disaffected young people",
  "Ex-offenders",
  "Homeless people",
  "Looked after children",
  "Older people experiencing isolation and poverty",
  "People from the most disadvantaged Black and minority ethnic groups",
  "People experiencing mental ill-health",
  "Refugees and asylum seekers",
  "Teenage parents and their children",
  "Women and children experiencing domestic violence",
] as const;

/** Coventry neighbourhoods; the priority neighbourhoods are those where the plan targets improvement first. */
export const NEIGHBOURHOODS = [
  { name: "Foleshill", isPriority: true },
  { name: "Hillfields", isPriority: true },
  { name: "Willenhall", isPriority: true },
  { name: "Wood End", isPriority: true },
  { name: "Bell Green", isPriority: true },
  { name: "Henley Green", isPriority: true },
  { name: "Manor Farm", isPriority: true },
  { name: "Canley", isPriority: true },
  { name: "Tile Hill", isPriority: true },
  { name: "Radford", isPriority: true },
  { name: "Stoke Aldermoor", isPriority: true },
  { name: "Spon End", isPriority: true },
  { name: "Longford", isPriority: true },
  { name: "Holbrooks", isPriority: true },
  { name: "Ernesford Grange", isPriority: true },
  { name: "Earlsdon", isPriority: false },
  { name: "Cheylesmore", isPriority: false },
  { name: "Whoberley", isPriority: false },
  { name: "Westwood Heath", isPriority: false },
  { name: "Wyken", isPriority: false },
  { name: "Coundon", isPriority: false },
  { name: "Allesley", isPriority: false },
  { name: "City Centre", isPriority: false },
] as const;

type OrganisationSeed = {
  slug: string;
  name: string;
  type: "voluntary" | "community" | "faith" | "public" | "private" | "education" | "health";
  /** An employer's details, as a self-registered employer gives them. */
  employer?: { sicSection: string; sizeBand: "micro" | "small" | "medium" | "large"; postcode: string; emailDomain: string };
  place: string;
  description: string;
  parent?: string;
  inNetwork: boolean;
};

export const ORGANISATIONS: OrganisationSeed[] = [
  { slug: "coventry-city-council", name: "Coventry City Council", type: "public", place: "Coventry", inNetwork: true, description: "The city council, which hosts this platform and leads the Coventry Cohesion and Integration Network." },
  { slug: "ccc-community-education-service", name: "Coventry City Council Community Education Service", type: "public", place: "Coventry", parent: "coventry-city-council", inNetwork: true, description: "Led the Action Learning for Local Development partnership." },
  { slug: "ccc-area-coordination", name: "Coventry City Council Area Co-ordination", type: "public", place: "Coventry", parent: "coventry-city-council", inNetwork: true, description: "The council's Area Co-ordination initiative, working neighbourhood by neighbourhood." },
  { slug: "coventry-university", name: "Coventry University", type: "education", place: "Coventry", inNetwork: true, description: "A partner in community learning, research and the city's integration work." },
  { slug: "centre-for-trust-peace-and-social-relations", name: "Centre for Trust, Peace and Social Relations", type: "education", place: "Coventry", parent: "coventry-university", inNetwork: true, description: "Coventry University's research centre; surveyed 200 local employers about skills gaps and hiring refugees and migrants." },
  { slug: "cwn-community", name: "CWN Community", type: "community", place: "Foleshill, Coventry", inNetwork: true, description: "Runs public computer access points in Foleshill, bringing machines and help to people who would not normally come to a college." },
  { slug: "coventry-health-authority", name: "Coventry Health Authority", type: "health", place: "Coventry", inNetwork: true, description: "Health partner in the Action Learning for Local Development project and the Health of Coventry Group." },
  { slug: "coventry-partnership", name: "The Coventry Partnership", type: "public", place: "Coventry University, Priory Street, Coventry CV1 5FB", inNetwork: true, description: "Coventry's Local Strategic Partnership of public, private, voluntary and community organisations, responsible for the Community Plan." },
  { slug: "coventry-community-empowerment-network", name: "Coventry Community Empowerment Network", type: "voluntary", place: "Coventry", inNetwork: true, description: "A voice for the community and voluntary sectors on the Coventry Partnership." },
  { slug: "mhclg", name: "Ministry of Housing, Communities and Local Government", type: "public", place: "London", inNetwork: true, description: "The government department behind the Integrated Communities Action Plan and Cohesion and Integration Networks." },
  { slug: "liverpool-adult-learning-service", name: "Liverpool City Council Adult Learning Service", type: "public", place: "Liverpool", inNetwork: false, description: "Leads Liverpool's community learning partnership." },
  { slug: "alt-valley-community-trust", name: "Alt Valley Community Trust", type: "community", place: "Croxteth, Liverpool", inNetwork: false, description: "Community learning delivery partner in Croxteth." },
  { slug: "everton-development-trust", name: "Everton Development Trust", type: "community", place: "North Liverpool", inNetwork: false, description: "Community learning delivery partner in North Liverpool." },
  { slug: "granby-toxteth-development-trust", name: "Granby Toxteth Development Trust", type: "community", place: "Liverpool 8", inNetwork: false, description: "Community learning delivery partner in Liverpool 8." },
  { slug: "stec", name: "STEC", type: "community", place: "Speke Garston, Liverpool", inNetwork: false, description: "Community learning delivery partner in Speke Garston." },
  { slug: "city-of-liverpool-college", name: "City of Liverpool College", type: "education", place: "Liverpool", inNetwork: false, description: "Further education college in Liverpool's community learning partnership." },
  { slug: "local-solutions", name: "Local Solutions", type: "voluntary", place: "Liverpool", inNetwork: false, description: "Provides learning for carers." },
  { slug: "greenbank-college", name: "Greenbank College", type: "education", place: "Liverpool", inNetwork: false, description: "Works with people with disabilities." },
  { slug: "blackburne-house", name: "Blackburne House", type: "voluntary", place: "Liverpool", inNetwork: false, description: "Specialist women's training and education centre." },
  { slug: "workers-educational-association", name: "Workers' Educational Association", type: "voluntary", place: "National", inNetwork: false, description: "Adult education charity delivering community learning." },
  { slug: "black-country-consortium", name: "Black Country Consortium", type: "public", place: "Black Country", inNetwork: false, description: "Led Black Country Communities in the Lead (LEAD), developing community businesses and social enterprises." },
  { slug: "walsall-primary-care-trust", name: "Walsall Primary Care Trust", type: "health", place: "Walsall", inNetwork: false, description: "Health partner in the LEAD partnership." },
  { slug: "foleshill-precision-engineering", name: "Foleshill Precision Engineering Ltd", type: "private", place: "Foleshill, Coventry", inNetwork: false, description: "A demo employer: a small manufacturer taking part in the skills-gap survey.", employer: { sicSection: "C", sizeBand: "small", postcode: "CV6 5AB", emailDomain: "foleshill-engineering.example.org" } },
];

export const NETWORK = {
  slug: "coventry-cohesion-and-integration-network",
  name: "Coventry Cohesion and Integration Network",
  description: "Partners working together to increase integration between Coventry's communities and organisations, support community groups and tackle extremism, as part of the Integrated Communities Action Plan.",
};

/**
 * Demo postcode sectors and the neighbourhood each lies in, so that a demo organisation's postcode
 * finds its neighbourhood. Illustrative only: a council loads its own lookup (from the ONS
 * postcode directory) into postcode_areas.
 */
export const DEMO_POSTCODE_AREAS: Readonly<Record<string, string>> = {
  "CV6 5": "Foleshill",
  "CV6 6": "Foleshill",
  "CV1 5": "Hillfields",
  "CV3 3": "Willenhall",
  "CV2 2": "Wood End",
  "CV2 1": "Bell Green",
  "CV2 5": "Henley Green",
  "CV3 4": "Stoke Aldermoor",
  "CV4 8": "Canley",
  "CV4 9": "Tile Hill",
  "CV6 3": "Radford",
  "CV1 3": "Spon End",
  "CV6 7": "Longford",
  "CV6 4": "Holbrooks",
  "CV3 2": "Ernesford Grange",
  "CV5 6": "Earlsdon",
  "CV3 5": "Cheylesmore",
  "CV5 8": "Whoberley",
  "CV4 7": "Westwood Heath",
  "CV2 3": "Wyken",
  "CV6 2": "Coundon",
  "CV5 9": "Allesley",
  "CV1 1": "City Centre",
};
