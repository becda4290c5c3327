import type { OrganisationRole, Role } from "./roles";

/**
 * The one place that says which role may do what. Pages, server actions and route handlers ask
 * `can(role, action)` through the guards in this folder; data-dependent checks (is this my comment?)
 * live in the use cases.
 */
const POLICY = {
  /** See the officer console at /console. */
  "console:access": ["officer", "admin"],
  /** Read the email outbox in the console. */
  "outbox:view": ["officer", "admin"],
  /**
   * Read the links inside sign-in emails in the outbox. Officers see them redacted: a live link
   * would let an officer sign in as anyone, an admin included.
   */
  "outbox:read-sign-in-links": ["admin"],
  /** List people and change their roles. */
  "people:manage": ["admin"],
  /** Comment, reply, mark helpful, report, follow topics. */
  "comment:create": ["resident", "employer", "partner", "officer", "admin"],
  /** Create, edit, publish and close topics, and publish their outcomes. */
  "topic:manage": ["officer", "admin"],
  /** Work the moderation queue: approve, reject, hide, restore. */
  "comment:moderate": ["officer", "admin"],
  /** Edit the word list that holds matching comments for review. */
  "moderation:words": ["officer", "admin"],
  /** Build surveys: questions, logic, settings, opening and closing. */
  "survey:manage": ["officer", "admin"],
  /** Read survey results and publish a public results summary. */
  "survey:results": ["officer", "admin"],
  /** Download survey responses as CSV or XLSX (each download is audited). */
  "survey:export": ["officer", "admin"],
  /** Send a survey to a list as a campaign: import recipients, send, revoke links, see who answered. */
  "campaign:manage": ["officer", "admin"],
  /** Manage partner organisations and their contacts, preview summaries and send them. */
  "partner:manage": ["officer", "admin"],
  /** Edit one's own profile and sign out of every device. */
  "profile:edit": ["resident", "employer", "partner", "officer", "admin"],
  /**
   * Register an organisation, ask to join one, accept an invitation, and see one's own
   * organisation's page (what each person may do there is ORGANISATION_POLICY's).
   */
  "organisation:belong": ["resident", "employer", "partner"],
  /** See self-registered organisations; verify or reject them. */
  "organisation:verify": ["officer", "admin"],
  /**
   * Be invited, once, after a comment or a survey response, to answer the optional "about you"
   * (equalities monitoring) questions. Staff are not invited (anyone may answer from their profile).
   */
  "equalities:invited": ["resident", "employer", "partner"],
  /**
   * See who takes part, as counts of "about you" answers by topic, survey, theme or neighbourhood,
   * every count under 10 suppressed, and compare them with the area's population. Never a single
   * person's answers, and never partners.
   */
  "equalities:view": ["officer", "admin"],
  /** Upload the area's population figures (Census 2021) that "who are we missing" compares with. */
  "equalities:population": ["officer", "admin"],
  /**
   * Analyse a topic's comments and a survey's written answers: run the analysis, rename, merge,
   * split and delete its themes, code comments and answers by hand, and read the counts by theme.
   */
  "insight:analyse": ["officer", "admin"],
  /** Draft a topic's or survey's consultation report, download it (DOCX, PDF) and publish it. */
  "report:manage": ["officer", "admin"],
  /** Enter paper, phone and event responses to a survey, one by one or from a CSV file. */
  "survey:enter-responses": ["officer", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

export function can(role: Role | null | undefined, action: Action): boolean {
  if (!role) return false;
  return (POLICY[action] as readonly Role[]).includes(role);
}

/**
 * What each person may do inside their own organisation, by their role in it. Route wrappers check
 * the platform POLICY above; use cases check this one against the person's membership as stored.
 */
const ORGANISATION_POLICY = {
  /** See the organisation's page: details, people, verification. */
  "organisation:view": ["administrator", "member"],
  /** Edit the organisation's details. */
  "organisation:edit": ["administrator"],
  /** Invite colleagues by email, and withdraw an invitation. */
  "organisation:invite": ["administrator"],
  /** Approve or decline requests to join. */
  "organisation:decide-join": ["administrator"],
  /** Remove someone, or make them an administrator or a member. */
  "organisation:manage-people": ["administrator"],
  /** Leave the organisation (the last administrator must hand over first). */
  "organisation:leave": ["administrator", "member"],
  /** Write and submit the organisation's one shared response to a survey. */
  "organisation:respond": ["administrator", "member"],
} as const satisfies Record<string, readonly OrganisationRole[]>;

export type OrganisationAction = keyof typeof ORGANISATION_POLICY;
export const ORGANISATION_ACTIONS = Object.keys(ORGANISATION_POLICY) as OrganisationAction[];

export function canInOrganisation(role: OrganisationRole | null | undefined, action: OrganisationAction): boolean {
  if (!role) return false;
  return (ORGANISATION_POLICY[action] as readonly OrganisationRole[]).includes(role);
}
