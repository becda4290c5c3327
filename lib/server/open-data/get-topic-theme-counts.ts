import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { comments, insightCodings, insightRuns, insightSubjects, insightThemes, topics } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { suppressThemeCounts, THEME_COUNT_THRESHOLD } from "@/lib/domain/open-data/theme-counts";
import { findSubject } from "@/lib/server/insight/shared/subject";
import { listVisibleThemes } from "@/lib/server/insight/shared/visible-themes";
import { queryRows } from "@/lib/server/shared/query-rows";
import type { OpenThemeCounts } from "@/lib/validations/open-data";

const ZTopic = z.object({ id: z.string(), slug: z.string(), title: z.string(), comments: z.coerce.number(), themed: z.coerce.number(), analysed_at: z.coerce.date().nullable() });

/**
 * A published topic's comments counted by the themes its analysis found (and officers kept), small
 * numbers suppressed. The rules everyone reading the insight tables follows: a theme counts while it
 * is neither deleted nor merged into another; a comment counts in it while its coding is not removed
 * and the comment is published. Themes holding no published comment are left out.
 */
export async function getTopicThemeCounts(slug: string): Promise<OpenThemeCounts> {
  const db = getDb();
  // A published comment coded (not removed) to a visible theme of this topic's analysis.
  const counted = sql`
    from ${insightCodings} c
    join ${insightThemes} t on t.id = c.theme_id and t.deleted_at is null and t.merged_into is null
    join ${comments} m on m.id = c.item_id and m.status = 'published' and m.topic_id = s.topic_id
    where t.subject_id = s.id and c.item_kind = 'comment' and c.removed = false`;
  const [topic] = await queryRows(
    db,
    sql`select tp.id, tp.slug, tp.title,
          (select count(*) from ${comments} pc where pc.topic_id = tp.id and pc.status = 'published') as comments,
          coalesce((select count(distinct c.item_id) ${counted}), 0) as themed,
          (select max(r.finished_at) from ${insightRuns} r where r.subject_id = s.id and r.status = 'done') as analysed_at
        from ${topics} tp
        left join ${insightSubjects} s on s.topic_id = tp.id and s.kind = 'topic'
        where tp.slug = ${slug} and tp.status <> 'draft'`,
    ZTopic,
  );
  if (!topic) throw new NotFoundError("problems.topic.notFoundPublic");
  // The analysis pages' own count of each visible theme's live (published) comments; empty themes left out.
  const subject = await findSubject(db, { kind: "topic", topicId: topic.id });
  const visible = subject ? await listVisibleThemes(db, subject, { quotes: 0 }) : [];
  const themes = visible.filter((theme) => theme.count > 0).map((theme) => ({ label: theme.label, count: theme.count }));
  const shown = suppressThemeCounts(topic.comments, themes, topic.themed);
  return {
    topic: { slug: topic.slug, title: topic.title },
    commentCount: topic.comments,
    threshold: THEME_COUNT_THRESHOLD,
    analysedAt: topic.analysed_at?.toISOString() ?? null,
    ...shown,
  };
}
