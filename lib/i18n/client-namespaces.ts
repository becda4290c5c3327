import type { Messages } from "./config";

export type Namespace = keyof Messages;

/** Namespaces client components use on many pages (the topic page's comments, errors); the rest are added by the layouts of the pages that use them (messagesLayout). */
export const CLIENT_NAMESPACES = ["comments", "contentLanguage", "errorPage", "errors", "moderationReasons"] as const satisfies readonly Namespace[];
