import { getTranslations } from "next-intl/server";
import type { REMOVAL_REASONS } from "@/lib/validations/comment";

/** How many of a topic's comments are in each state; removed ones by the reason given. */
export type CommentCounts = { published: number; held: number; removed: { reason: (typeof REMOVAL_REASONS)[number]; total: number }[] };

/** Transparency: how many comments are published, waiting for a moderator, and removed, by reason. */
export async function ModerationCounts({ counts }: { counts: CommentCounts }) {
  const t = await getTranslations("comments");
  const reasons = await getTranslations("moderationReasons");
  const removed = counts.removed.reduce((sum, row) => sum + row.total, 0);
  return (
    <details className="moderation-record">
      <summary>{t("recordSummary", { published: counts.published, held: counts.held, removed })}</summary>
      <p>{t("recordIntro")}</p>
      {counts.removed.length > 0 ? (
        <ul className="list list--bullet">
          {counts.removed.map((row) => (
            <li key={row.reason}>{t("removedFor", { count: row.total, reason: reasons(row.reason) })}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
