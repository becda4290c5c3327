import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignFunnelReport } from "@/components/campaigns/campaign-funnel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { formatDate } from "@/lib/format/dates";
import { getCampaignFunnel } from "@/lib/server/campaigns/get-campaign-funnel";
import "@/app/styles/survey-results.css";
import "@/app/styles/campaign-report.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaignReport"))("metaTitle") };
}

type Props = { params: Promise<{ id: string; campaignId: string }> };

/** How a campaign is going: its funnel, who is under-represented, and its figures by group. */
export default async function CampaignReportPage({ params }: Props) {
  const { id, campaignId } = await params;
  await requirePermission("campaign:manage", `/console/surveys/${id}/campaigns/${campaignId}/report`);
  const funnel = await orNotFound(() => getCampaignFunnel(campaignId), campaignId);
  if (funnel.campaign.surveyId !== id) notFound();
  const t = await getTranslations("campaignReport");
  const { campaign } = funnel;
  const status = campaign.status === "sent" ? t("statuses.sent", { date: campaign.sentAt ? formatDate(campaign.sentAt) : "" }) : t(`statuses.${campaign.status}`);
  return (
    <>
      <PageHeader title={t("heading", { name: campaign.name })} back={{ href: `/console/surveys/${id}/campaigns/${campaignId}`, label: t("back") }}>
        <p>
          {campaign.partnerName ? t("partnerCampaign", { partner: campaign.partnerName }) : t("councilCampaign")} {status}
        </p>
      </PageHeader>
      <CampaignFunnelReport funnel={funnel} csvHref={`/api/console/campaigns/${campaignId}/funnel.csv`} />
    </>
  );
}
