import type { Role } from "./roles";

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
  /** Manage partner organisations and their contacts, preview summaries and send them. */
  "partner:manage": ["officer", "admin"],
  /** Edit one's own profile and sign out of every device. */
  "profile:edit": ["resident", "employer", "partner", "officer", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

export function can(role: Role | null | undefined, action: Action): boolean {
  if (!role) return false;
  return (POLICY[action] as readonly Role[]).includes(role);
}
