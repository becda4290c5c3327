import "server-only";
import type { PageReader } from "@/lib/page-cache/personalise";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import type { Locale } from "@/lib/i18n/locales";
import { getSessionUser } from "@/lib/server/auth/get-session-user";
import { getTopicReader } from "@/lib/server/comments/get-topic-viewer-state";

type Found = { reader: PageReader; locale: Locale | null };

const asReader = (user: CurrentUser, state: PageReader["state"], held: PageReader["held"] = []): Found => ({
  reader: { name: user.name ?? user.email, staff: can(user.role, "console:access"), state, held },
  locale: user.locale,
});

/**
 * The signed-in reader of a cached page, for the proxy to send them the page every participant
 * shares made theirs (on a topic page, with their state in its discussion and their comments waiting
 * for a moderator): null when the session is not a live one, when the topic does not exist, or when
 * the database cannot be asked; the page is then rendered for them as usual, which says what is wrong.
 */
export async function cachedPageReader(sessionToken: string, topicSlug: string | null): Promise<Found | null> {
  try {
    if (!topicSlug) {
      const user = await getSessionUser(sessionToken);
      return user ? asReader(user, null) : null;
    }
    const found = await getTopicReader(sessionToken, topicSlug);
    if (!found?.state || !can(found.user.role, "comment:create")) return null;
    const { held, ...state } = found.state;
    return asReader(found.user, state, held);
  } catch {
    return null;
  }
}
