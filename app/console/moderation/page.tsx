import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/moderation/decision-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format/dates";
import { countModerationQueue, listModerationQueue, QUEUE_VIEWS, type QueueView } from "@/lib/server/moderation/list-queue";
import type { MODERATION_DECISIONS } from "@/lib/validations/moderation";
import { decideAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("moderation"))("title") };
}

const DECISIONS: Record<QueueView, readonly (typeof MODERATION_DECISIONS)[number][]> = {
  waiting: ["approve", "reject"],
  flagged: ["hide", "approve"],
  removed: ["restore"],
};

export default async function ModerationPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  await requirePermission("comment:moderate", "/console/moderation");
  const t = await getTranslations("moderation");
  const reasons = await getTranslations("moderationReasons");
  const requested = (await searchParams).view;
  const view: QueueView = QUEUE_VIEWS.find((item) => item === requested) ?? "waiting";
  const [items, counts] = await Promise.all([listModerationQueue({ view }), countModerationQueue()]);
  const tabCount = (item: QueueView) => (item === "removed" ? null : counts[item]);
  return (
    <>
      <PageHeader title={t("title")} lede={t("intro")} actions={<Link href="/console/moderation/words">{t("wordsLink")}</Link>} />
      <nav aria-label={t("viewsLabel")} className="tabs">
        <ul>
          {QUEUE_VIEWS.map((item) => (
            <li key={item}>
              <Link href={`/console/moderation?view=${item}`} aria-current={item === view ? "page" : undefined}>
                {t(`views.${item}`)}
                {tabCount(item) !== null ? ` (${tabCount(item)})` : ""}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* Always rendered, so the result of the last decision stays on screen when the queue empties. */}
      <DecisionForm action={decideAction} decisions={DECISIONS[view]} empty={items.length === 0}>
        {items.length === 0 ? (
          <p>{t(`empty.${view}`)}</p>
        ) : (
          <ul className="queue">
            {items.map((item) => (
              <li key={item.id} className="queue__item">
                <div className="queue__check">
                  <input type="checkbox" id={`pick-${item.id}`} name="commentIds" value={item.id} />
                  <label htmlFor={`pick-${item.id}`}>{t("pick", { author: item.authorName ?? item.authorEmail ?? t("unknownAuthor") })}</label>
                </div>
                <p className="queue__meta">
                  <Link href={`/topics/${item.topicSlug}`}>{item.topicTitle}</Link> · {formatDateTime(item.createdAt)}
                  {item.holdReason ? ` · ${t(`holdReasons.${item.holdReason}`)}` : ""}
                  {item.removalReason ? ` · ${reasons(item.removalReason)}` : ""}
                </p>
                {item.parentBody ? <blockquote className="queue__context">{t("inReplyTo", { text: item.parentBody.slice(0, 300) })}</blockquote> : null}
                <p className="queue__body">{item.body}</p>
                {item.flags.length > 0 ? (
                  <p className="queue__flags">{t("reports", { list: item.flags.map((flag) => `${reasons(flag.reason)} (${flag.total})`).join(", ") })}</p>
                ) : null}
                {item.moderatorNote ? <p className="queue__meta">{t("noteWas", { note: item.moderatorNote })}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </DecisionForm>
    </>
  );
}
