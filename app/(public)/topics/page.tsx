import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { knownLocale } from "@/lib/i18n/locales";
import { TopicCard } from "@/components/topics/topic-card";
import { TopicFilters } from "@/components/topics/topic-filters";
import { listCommunities, listNeighbourhoods, listThemes } from "@/lib/server/reference/list-reference";
import { searchTopics } from "@/lib/server/topics/search-topics";
import { ZTopicSearch } from "@/lib/validations/topic-search";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("topicList"))("title") };
}

export default async function TopicListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = ZTopicSearch.parse(await searchParams);
  const t = await getTranslations("topicList");
  const [results, themes, neighbourhoods, communities] = await Promise.all([searchTopics(filters, knownLocale(await getLocale())), listThemes(), listNeighbourhoods(), listCommunities()]);
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <TopicFilters filters={filters} themes={themes} neighbourhoods={neighbourhoods} communities={communities} />
      <p role="status">
        {t("count", { count: results.length })} {filtered ? <Link href="/topics">{t("clear")}</Link> : null}
      </p>
      <div className="card-grid">
        {results.map((topic) => (
          <TopicCard key={topic.slug} topic={topic} status={topic.status} />
        ))}
      </div>
    </>
  );
}
