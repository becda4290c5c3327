import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader
        title={t("title")}
        actions={
          <Link href="/console/topics/new" className="button button--primary">
            {t("create")}
          </Link>
        }
      />
      <DataTable
        caption={t("caption")}
        rows={topics}
        rowKey={(topic) => topic.id}
        columns={[
          { key: "topic", header: t("topic"), cell: (topic) => <Link href={`/console/topics/${topic.id}`}>{topic.title}</Link> },
          { key: "status", header: t("status"), cell: (topic) => <span className={`status status--${topic.status}`}>{status(topic.status)}</span> },
          { key: "comments", header: t("comments"), cell: (topic) => topic.comments },
          { key: "updated", header: t("updated"), cell: (topic) => formatDateTime(topic.updatedAt) },
        ]}
      />
    </>
  );
}
