import { bullets, doc, heading, paragraph, quote } from "./rich-text-builder";

/** Days from today, so the demo always has topics open now and closing soon. */
export type RelativeDate = { kind: "opens" | "closes" | "decision" | "custom"; label?: string; daysFromNow: number };

export const DEMO_TOPICS = [
  {
    slug: "building-a-coventry-that-works-for-all",
    moderationMode: "post",
    title: "Building a Coventry that works for all",
    summary:
      "How can communities, employers and organisations work together so that everyone benefits from what the city has to offer? Share your ideas for the Coventry Cohesion and Integration Network.",
    themes: ["equalities-and-communities", "jobs-and-economy", "neighbourhoods"],
    communities: ["Refugees and asylum seekers", "People from the most disadvantaged Black and minority ethnic groups"],
    neighbourhoods: ["Foleshill", "Hillfields"],
    dates: [
      { kind: "opens", daysFromNow: -14 },
      { kind: "custom", label: "Network workshop: Building a Coventry that works for all", daysFromNow: 10 },
      { kind: "closes", daysFromNow: 28 },
      { kind: "decision", daysFromNow: 70 },
    ] satisfies RelativeDate[],
    body: doc(
      paragraph(
        "Dozens of organisations met to look at ways of increasing the levels of integration between communities and organisations in the city, from tackling poverty to improving health and wellbeing. We want to carry that conversation on with everyone who lives and works in Coventry.",
      ),
      heading("What we have heard so far"),
      bullets([
        "Coventry has always welcomed new communities and is seen as an example of positive multicultural relations.",
        "We still have issues to tackle together, such as child poverty.",
        "In a survey of 200 local employers, 80% said they have significant skills gaps, particularly when it comes to hiring migrants and refugees.",
        "Many employers, especially smaller companies, would consider employing refugees and migrants but fear getting the paperwork wrong.",
      ]),
      quote("We stand a better chance of making real change when we work together. (Cllr Pervez Akhtar, Deputy Cabinet Member for Policing and Equalities)"),
      heading("What we would like to know"),
      bullets([
        "What helps people from different backgrounds get to know each other where you live?",
        "What would make it easier for employers to take on refugees and migrants?",
        "Should young people learn more about Coventry's different communities at school?",
      ]),
      paragraph(
        "Partners in the network, including Coventry University's Centre for Trust, Peace and Social Relations and the Ministry of Housing, Communities and Local Government, will use what you say to plan joint funding bids and the city's integration work.",
      ),
    ),
  },
  {
    slug: "mi-friendly-cities",
    /** Pre-moderated: every comment waits for an officer. */
    moderationMode: "pre",
    title: "Mi-Friendly Cities: refugees and migrants contributing to Coventry",
    summary:
      "The Mi-Friendly Cities project is developing community-led ways of enhancing the contribution of refugees and migrants across the city. Tell us what works and what should come next.",
    themes: ["equalities-and-communities", "jobs-and-economy"],
    communities: ["Refugees and asylum seekers"],
    neighbourhoods: ["Foleshill", "Hillfields", "City Centre"],
    dates: [
      { kind: "opens", daysFromNow: -30 },
      { kind: "closes", daysFromNow: 6 },
      { kind: "decision", daysFromNow: 45 },
    ] satisfies RelativeDate[],
    body: doc(
      paragraph(
        "Coventry secured funding for the Mi-Friendly Cities project: a three-year initiative funded by the EU's Urban Innovative Actions Fund that seeks to develop innovative, community-led and sustainable approaches to enhancing the contribution of refugees and migrants across the city.",
      ),
      heading("Where we would like your views"),
      bullets([
        "Getting into work: right-to-work checks, recognising qualifications gained abroad, and language support at work.",
        "Starting a business: advice and mentoring for new entrepreneurs.",
        "Getting involved: volunteering, community groups and having a say in local decisions.",
      ]),
      paragraph("If you have taken part in the project, as a resident, a volunteer or an employer, we especially want to hear what difference it made."),
    ),
  },
  {
    slug: "community-learning-plan",
    moderationMode: "post",
    title: "A community learning plan for Coventry",
    summary:
      "Help shape a plan that brings adult learning closer to people's neighbourhoods and links it to the jobs being created in the city.",
    themes: ["learning-and-training", "neighbourhoods", "jobs-and-economy"],
    communities: ["Older people experiencing isolation and poverty", "Disabled people"],
    neighbourhoods: ["Foleshill", "Wood End", "Willenhall", "Canley"],
    dates: [
      { kind: "opens", daysFromNow: -7 },
      { kind: "closes", daysFromNow: 42 },
      { kind: "decision", daysFromNow: 90 },
    ] satisfies RelativeDate[],
    body: doc(
      paragraph(
        "Coventry's Action Learning for Local Development project showed what community learning can do: CWN Community put five public access points in Foleshill and brought both the computers and the help to people who would not normally come to a college.",
      ),
      quote("It's a prime example of how partnerships should work in the city. (Sue Webb, CWN Community)"),
      paragraph(
        "Liverpool has since brought its council's adult learning service, community trusts, colleges and specialist providers together in one community learning partnership, with a shared plan and joint funding bids. We would like to do the same for Coventry.",
      ),
      heading("Tell us"),
      bullets([
        "Where would you go to learn: a library, a community centre, a place of worship, online?",
        "Which skills would help you most to get work or a better job?",
        "What stops you from learning now: cost, childcare, times, confidence, language?",
      ]),
    ),
  },
] as const;
