import "server-only";
import type { PageReader } from "@/lib/page-cache/personalise";
import { can } from "@/lib/domain/access/policy";
import type { Locale } from "@/lib/i18n/locales";
import { getTopicReader } from "@/lib/server/comments/get-topic-viewer-state";

/**
 * The signed-in reader of a topic page, for the proxy to send them the page every participant
 * shares made theirs: null when the session is not a live one, when the topic does not exist, when
 * they have a comment only they may see (waiting for a moderator), or when the database cannot be
 * asked; the page is then rendered for them as usual, which says what is wrong.
 */
export async function topicPageViewer(sessionToken: string, slug: string): Promise<{ viewer: PageReader; locale: Locale | null } | null> {
  try {
    const found = await getTopicReader(sessionToken, slug);
    if (!found?.state || found.state.hasHeld || !can(found.user.role, "comment:create")) return null;
    const { user, state } = found;
    const { hasHeld: _held, ...shared } = state;
    return { viewer: { name: user.name ?? user.email, staff: can(user.role, "console:access"), state: shared }, locale: user.locale };
  } catch {
    return null;
  }
}
