import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { knownLocale } from "@/lib/i18n/locales";
import { TopicCard } from "@/components/topics/topic-card";
import { listOpenTopicsByTheme } from "@/lib/server/topics/list-open-topics";

export default async function HomePage() {
  const t = await getTranslations("home");
  const groups = await listOpenTopicsByTheme(knownLocale(await getLocale()));
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </section>
      <h2>{t("openTopics")}</h2>
      <p>
        <Link href="/topics">{t("browseAll")}</Link>
      </p>
      {groups.length === 0 ? <p>{t("none")}</p> : null}
      {groups.map((group) => (
        <section key={group.slug} className="theme-group" aria-labelledby={`theme-${group.slug}`}>
          <h3 id={`theme-${group.slug}`} className="theme-group__title">
            {group.name}
            <span className="tag tag--quiet">{t(`kind.${group.kind}`)}</span>
          </h3>
          <div className="card-grid">
            {group.topics.map((topic) => (
              <TopicCard key={topic.slug} topic={topic} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
