import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatIsoDate } from "@/lib/format/dates";

/** What a topic card shows: its title linking to the topic, its summary and its closing day (ISO date). */
export type TopicCardData = { slug: string; title: string; summary: string; closesOn: string | null };

export async function TopicCard({ topic, status }: { topic: TopicCardData; status?: "draft" | "open" | "closed" | "outcome" }) {
  const t = await getTranslations("home");
  const statusLabel = await getTranslations("topic.status");
  return (
    <article className="card">
      {status ? (
        <p className="card__status">
          <span className={`status status--${status}`}>{statusLabel(status)}</span>
        </p>
      ) : null}
      <h3 className="card__title">
        <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
      </h3>
      <p className="card__summary">{topic.summary}</p>
      {topic.closesOn ? (
        <p className="card__meta">
          {t("closes")} <time dateTime={topic.closesOn}>{formatIsoDate(topic.closesOn)}</time>
        </p>
      ) : null}
    </article>
  );
}
