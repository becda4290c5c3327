/**
 * Contacts at the network's partners who receive the email summaries. Roles follow the documents
 * the demo grew from (CWN Community's project manager, the Centre for Trust, Peace and Social
 * Relations' employer research, the Health of Coventry Group, the Community Empowerment Network's
 * Environment Theme Group); the other people are invented, and every address is on example.org.
 */
export type DemoPartnerContact = {
  organisation: string;
  name: string;
  email: string;
  role: string;
  frequency: "weekly" | "monthly";
  /** Theme slugs; empty for all themes. */
  themes: string[];
  sendWhenQuiet?: boolean;
  /** A contact whose mail stopped this many days ago. */
  stopped?: { status: "unsubscribed" | "bounced"; daysAgo: number };
};

export const DEMO_PARTNER_CONTACTS: DemoPartnerContact[] = [
  { organisation: "centre-for-trust-peace-and-social-relations", name: "Dr Nadia Rahman", email: "nadia.rahman@ctpsr.example.org", role: "Research Fellow, employer skills research", frequency: "weekly", themes: ["jobs-and-economy", "learning-and-training", "equalities-and-communities"] },
  { organisation: "coventry-university", name: "Grace Okafor", email: "grace.okafor@coventry-university.example.org", role: "Community Partnerships Manager", frequency: "monthly", themes: [] },
  { organisation: "cwn-community", name: "Sue Webb", email: "sue.webb@cwn-community.example.org", role: "Project Manager", frequency: "weekly", themes: ["learning-and-training", "neighbourhoods"] },
  { organisation: "cwn-community", name: "Imran Qureshi", email: "imran.qureshi@cwn-community.example.org", role: "Access Points Volunteer Co-ordinator", frequency: "monthly", themes: [], sendWhenQuiet: true },
  { organisation: "coventry-health-authority", name: "Dr Priya Shah", email: "priya.shah@coventry-health.example.org", role: "Public Health Lead, Health of Coventry Group", frequency: "monthly", themes: ["health-and-well-being", "equalities-and-communities"] },
  { organisation: "coventry-health-authority", name: "Mark Jennings", email: "mark.jennings@coventry-health.example.org", role: "Action Learning for Local Development liaison", frequency: "monthly", themes: [], stopped: { status: "bounced", daysAgo: 12 } },
  { organisation: "coventry-community-empowerment-network", name: "Joanne Clarke", email: "joanne.clarke@covcen.example.org", role: "Network Co-ordinator", frequency: "weekly", themes: [], sendWhenQuiet: true },
  { organisation: "coventry-community-empowerment-network", name: "Daniel Brooks", email: "daniel.brooks@covcen.example.org", role: "Environment Theme Group representative", frequency: "monthly", themes: ["environment", "neighbourhoods"], stopped: { status: "unsubscribed", daysAgo: 20 } },
  { organisation: "coventry-partnership", name: "Ruth Adeyemi", email: "ruth.adeyemi@coventry-partnership.example.org", role: "Partnership Manager", frequency: "monthly", themes: [] },
  { organisation: "ccc-area-coordination", name: "Sandeep Gill", email: "sandeep.gill@coventry-council.example.org", role: "Area Co-ordinator, Foleshill", frequency: "weekly", themes: ["neighbourhoods", "community-safety", "housing"] },
];
