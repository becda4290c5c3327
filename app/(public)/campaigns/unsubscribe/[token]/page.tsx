import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignLinkForm } from "@/components/campaigns/campaign-link-form";
import { unsubscribeRecipientAction } from "./actions";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaignLink.unsubscribe"))("title") };
}

/** The unsubscribe link in every campaign email: one button, so a mail scanner opening it changes nothing. */
export default async function CampaignUnsubscribePage({ params }: Props) {
  const { token } = await params;
  const t = await getTranslations("campaignLink.unsubscribe");
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <CampaignLinkForm action={unsubscribeRecipientAction} token={token} label={t("title")} submit={t("submit")} pending={t("sending")} />
    </div>
  );
}
