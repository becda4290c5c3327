import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format/dates";

type Topic = { slug: string; title: string; status: "open" | "closed" | "outcome"; comments: number };
type Survey = { slug: string; title: string; status: "open" | "closed"; closesAt: Date | null; resultsPublished: boolean };

/** The published topics and surveys of a partner's themes, each linking to its public page. */
export function PartnerNetwork({ topics, surveys }: { topics: Topic[]; surveys: Survey[] }) {
  const t = useTranslations("partnerPortal.network");
  return (
    <>
      <h2>{t("topicsTitle")}</h2>
      <DataTable
        caption={t("topicsCaption")}
        empty={t("noTopics")}
        rows={topics}
        rowKey={(topic) => topic.slug}
        columns={[
          { key: "title", header: t("topic"), rowHeader: true, cell: (topic) => <Link href={`/topics/${topic.slug}`}>{topic.title}</Link> },
          { key: "status", header: t("status"), cell: (topic) => t(`topicStatus.${topic.status}`) },
          { key: "comments", header: t("comments"), numeric: true, cell: (topic) => topic.comments },
        ]}
      />
      <h2>{t("surveysTitle")}</h2>
      <DataTable
        caption={t("surveysCaption")}
        empty={t("noSurveys")}
        rows={surveys}
        rowKey={(survey) => survey.slug}
        columns={[
          { key: "title", header: t("survey"), rowHeader: true, cell: (survey) => <Link href={`/surveys/${survey.slug}`}>{survey.title}</Link> },
          { key: "status", header: t("status"), cell: (survey) => (survey.status === "open" && survey.closesAt ? t("closesOn", { date: formatDate(survey.closesAt) }) : t(`surveyStatus.${survey.status}`)) },
          { key: "results", header: t("results"), cell: (survey) => (survey.resultsPublished ? <Link href={`/surveys/${survey.slug}/results`}>{t("resultsLink")}</Link> : t("notPublished")) },
        ]}
      />
    </>
  );
}
