import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";

type Campaign = { id: string; name: string; status: "draft" | "sending" | "sent"; recipients: number; invited: number; submitted: number };

/** A survey's campaigns, each linking to its page. */
export function CampaignsTable({ campaigns, surveyId }: { campaigns: Campaign[]; surveyId: string }) {
  const t = useTranslations("campaigns.list");
  return (
    <DataTable
      caption={t("caption")}
      rows={campaigns}
      rowKey={(campaign) => campaign.id}
      columns={[
        { key: "name", header: t("name"), rowHeader: true, cell: (campaign) => <Link href={`/console/surveys/${surveyId}/campaigns/${campaign.id}`}>{campaign.name}</Link> },
        { key: "status", header: t("status"), cell: (campaign) => <span className={`status status--${campaign.status}`}>{t(`statuses.${campaign.status}`)}</span> },
        { key: "recipients", header: t("recipients"), cell: (campaign) => campaign.recipients },
        { key: "invited", header: t("invited"), cell: (campaign) => campaign.invited },
        { key: "submitted", header: t("submitted"), cell: (campaign) => campaign.submitted },
      ]}
    />
  );
}
