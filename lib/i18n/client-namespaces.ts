import type { Messages } from "./config";

export type Namespace = keyof Messages;

/**
 * Namespaces client components use on many pages (the topic page's comments, errors), sent by every
 * messagesLayout; the rest are added by the layouts of the pages that use them. The root layout sends
 * none: pages without such components load no translation library in the browser.
 */
export const CLIENT_NAMESPACES = ["comments", "contentLanguage", "errors", "moderationReasons"] as const satisfies readonly Namespace[];
