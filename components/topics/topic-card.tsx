import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { langAttributes } from "@/components/translations/lang-attributes";
import type { Shown } from "@/lib/domain/translations/translation-fields";
import { formatIsoDate } from "@/lib/format/dates";
import { knownLocale } from "@/lib/i18n/locales";

/**
 * What a topic card shows: its title linking to the topic, its summary (each in the reader's
 * language where translated, otherwise the English) and its closing day (ISO date).
 */
export type TopicCardData = { slug: string; title: Shown; summary: Shown; closesOn: string | null };

export async function TopicCard({ topic, status }: { topic: TopicCardData; status?: "draft" | "open" | "closed" | "outcome" }) {
  const t = await getTranslations("home");
  const statusLabel = await getTranslations("topic.status");
  const tLanguage = await getTranslations("contentLanguage");
  const pageLocale = knownLocale(await getLocale());
  const inEnglish = topic.title.lang !== pageLocale && topic.title.lang === "en";
  return (
    <article className="card">
      {status || inEnglish ? (
        <p className="card__status">
          {status ? <span className={`status status--${status}`}>{statusLabel(status)}</span> : null}
          {inEnglish ? <span className="tag tag--quiet">{tLanguage("inEnglish")}</span> : null}
        </p>
      ) : null}
      <h3 className="card__title" {...langAttributes(topic.title, pageLocale)}>
        <Link href={`/topics/${topic.slug}`} prefetch={false}>
          {topic.title.text}
        </Link>
      </h3>
      <p className="card__summary" {...langAttributes(topic.summary, pageLocale)}>
        {topic.summary.text}
      </p>
      {topic.closesOn ? (
        <p className="card__meta">
          {t("closes")} <time dateTime={topic.closesOn}>{formatIsoDate(topic.closesOn)}</time>
        </p>
      ) : null}
    </article>
  );
}
