import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { queryRows } from "@/lib/server/surveys/shared/response-filter";
import { withinEditWindow } from "@/lib/domain/comments/comment-rules";
import type { TopicViewerState } from "@/lib/domain/comments/viewer-state";

const ZRow = z.object({
  found: z.boolean(),
  marked: z.array(z.string()).nullable(),
  own: z.array(z.object({ id: z.string(), createdAt: z.string() })).nullable(),
  following: z.boolean(),
  hasHeld: z.boolean(),
});

/**
 * A signed-in reader's own state on a topic's discussion, in one round trip: the comments they
 * marked helpful, their own comments, published or held (editable while the edit window is open), whether
 * they follow it, and whether they have a comment waiting for a moderator (which only they may
 * see, so their page cannot be the shared one). Null when there is no such topic.
 */
export async function getTopicViewerState(userId: string, slug: string, now = new Date()): Promise<(TopicViewerState & { hasHeld: boolean }) | null> {
  const [row] = await queryRows(getDb(), sql`
    with topic as (select id from topics where slug = ${slug})
    select
      exists (select 1 from topic) as found,
      (select json_agg(h.comment_id) from comment_helpful h join comments c on c.id = h.comment_id
        where h.user_id = ${userId} and c.topic_id = (select id from topic)) as marked,
      (select json_agg(json_build_object('id', c.id, 'createdAt', c.created_at)) from comments c
        where c.author_id = ${userId} and c.topic_id = (select id from topic) and c.status in ('published', 'held')) as own,
      exists (select 1 from topic_follows f where f.user_id = ${userId} and f.topic_id = (select id from topic)) as following,
      exists (select 1 from comments c where c.author_id = ${userId} and c.topic_id = (select id from topic) and c.status = 'held') as "hasHeld"`, ZRow);
  if (!row?.found) return null;
  const own = row.own ?? [];
  return {
    slug,
    marked: row.marked ?? [],
    own: own.map((comment) => comment.id),
    editable: own.filter((comment) => withinEditWindow(new Date(comment.createdAt), now)).map((comment) => comment.id),
    following: row.following,
    hasHeld: row.hasHeld,
  };
}
