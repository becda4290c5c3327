import type { Messages } from "./config";

export type Namespace = keyof Messages;

/** Namespaces client components use on any page; survey pages add theirs with <ClientMessages extra>. */
export const CLIENT_NAMESPACES = ["comments", "editor", "errorPage", "errors", "moderation", "moderationReasons", "people", "profile", "roles", "signIn", "topicForm"] as const satisfies readonly Namespace[];
