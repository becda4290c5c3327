import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignsTable } from "@/components/campaigns/campaigns-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listCampaigns } from "@/lib/server/campaigns/list-campaigns";
import { createCampaignAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** A survey's campaigns, and a form to start one. */
export default async function CampaignsPage({ params }: Props) {
  const { id } = await params;
  await requirePermission("campaign:manage", `/console/surveys/${id}/campaigns`);
  const t = await getTranslations("campaigns");
  const campaigns = await orNotFound(() => listCampaigns(id), id);
  return (
    <>
      <PageHeader title={t("title")} lede={t("intro")} />
      {campaigns.length ? <CampaignsTable campaigns={campaigns} surveyId={id} /> : <p>{t("none")}</p>}
      <h2>{t("form.title")}</h2>
      <CampaignForm action={createCampaignAction} surveyId={id} />
    </>
  );
}
