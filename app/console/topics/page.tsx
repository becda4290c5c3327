import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format/dates";
import { listConsoleTopics } from "@/lib/server/topics/list-console-topics";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleTopics"))("title") };
}

export default async function ConsoleTopicsPage() {
  await requirePermission("topic:manage", "/console/topics");
  const t = await getTranslations("consoleTopics");
  const status = await getTranslations("topic.status");
  const topics = await listConsoleTopics();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href="/console/topics/new" className="button button--primary">
          {t("create")}
        </Link>
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("topic")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("comments")}</th>
              <th scope="col">{t("updated")}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic.id}>
                <td>
                  <Link href={`/console/topics/${topic.id}`}>{topic.title}</Link>
                </td>
                <td>
                  <span className={`status status--${topic.status}`}>{status(topic.status)}</span>
                </td>
                <td>{topic.comments}</td>
                <td>{formatDateTime(topic.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
