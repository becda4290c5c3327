import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { queryRows } from "@/lib/server/shared/query-rows";
import { withinEditWindow } from "@/lib/domain/comments/comment-rules";
import type { TopicViewerState } from "@/lib/domain/comments/viewer-state";
import type { HeldComment } from "@/lib/domain/comments/held-comments-html";
import { knownLocale } from "@/lib/i18n/locales";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { keepSessionAlive, sessionUser } from "@/lib/server/auth/get-session-user";

const ZState = z.object({
  found: z.boolean(),
  marked: z.array(z.string()).nullable(),
  own: z.array(z.object({ id: z.string(), createdAt: z.string() })).nullable(),
  following: z.boolean(),
  held: z.array(z.object({ id: z.string(), body: z.string(), locale: z.string(), createdAt: z.string() })).nullable(),
});

/** The reader's state, and their comments waiting for a moderator (shown to them alone, above the discussion). */
export type TopicState = TopicViewerState & { held: HeldComment[] };

/** The state's columns for the reader `user` (a uuid expression) on the topic `slug`. */
const stateColumns = (user: SQL, slug: string) => sql`
      exists (select 1 from topics where slug = ${slug}) as found,
      (select json_agg(h.comment_id) from comment_helpful h join comments c on c.id = h.comment_id
        where h.user_id = ${user} and c.topic_id = (select id from topics where slug = ${slug})) as marked,
      (select json_agg(json_build_object('id', c.id, 'createdAt', c.created_at)) from comments c
        where c.author_id = ${user} and c.topic_id = (select id from topics where slug = ${slug}) and c.status in ('published', 'held')) as own,
      exists (select 1 from topic_follows f where f.user_id = ${user} and f.topic_id = (select id from topics where slug = ${slug})) as following,
      (select json_agg(json_build_object('id', c.id, 'body', c.body, 'locale', c.locale, 'createdAt', c.created_at) order by c.created_at desc) from comments c
        where c.author_id = ${user} and c.topic_id = (select id from topics where slug = ${slug}) and c.status = 'held') as held`;

function toState(row: z.output<typeof ZState>, slug: string, now: Date): TopicState | null {
  if (!row.found) return null;
  const own = row.own ?? [];
  return {
    slug,
    marked: row.marked ?? [],
    own: own.map((comment) => comment.id),
    editable: own.filter((comment) => withinEditWindow(new Date(comment.createdAt), now)).map((comment) => comment.id),
    following: row.following,
    held: (row.held ?? []).map((comment) => ({ ...comment, locale: knownLocale(comment.locale) })),
  };
}

/**
 * A signed-in reader's own state on a topic's discussion, in one round trip: the comments they
 * marked helpful, their own comments, published or held (editable while the edit window is open), whether
 * they follow it, and their comments waiting for a moderator (which only they may see). Null when
 * there is no such topic.
 */
export async function getTopicViewerState(userId: string, slug: string, now = new Date()): Promise<TopicState | null> {
  const [row] = await queryRows(getDb(), sql`select ${stateColumns(sql`${userId}::uuid`, slug)}`, ZState);
  return row ? toState(row, slug, now) : null;
}

const ZReader = ZState.extend({ id: z.string(), email: z.string(), name: z.string().nullable(), role: z.string(), locale: z.string().nullable(), expires: z.coerce.date() });

/**
 * The signed-in reader of a topic page and their state on it, from their session token, in one
 * round trip (the proxy asks this on every signed-in page view). Null when the session is not a
 * live one; the state is null when there is no such topic.
 */
export async function getTopicReader(sessionToken: string, slug: string, now = new Date()): Promise<{ user: CurrentUser; state: TopicState | null } | null> {
  const [row] = await queryRows(
    getDb(),
    sql`with reader as (
        select u.id, u.email, u.name, u.role, u.locale, s.expires from sessions s join users u on u.id = s.user_id
        where s.session_token = ${sessionToken} and s.expires > ${now.toISOString()}::timestamptz and u.email is not null)
      select reader.*, ${stateColumns(sql`reader.id`, slug)} from reader`,
    ZReader,
  );
  if (!row) return null;
  await keepSessionAlive(sessionToken, row.expires, now);
  return { user: sessionUser(row), state: toState(row, slug, now) };
}
