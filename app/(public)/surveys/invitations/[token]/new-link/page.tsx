import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignLinkForm } from "@/components/campaigns/campaign-link-form";
import { checkCampaignLink } from "@/lib/server/campaigns/check-campaign-link";
import { requestCampaignLinkAction } from "./actions";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaignLink"))("metaTitle") };
}

/**
 * Where a personal link that no longer works lands: why (expired, withdrawn, already used, survey
 * closed, not a link we made) and, unless it was used or the survey closed, a form for a new one.
 */
export default async function CampaignNewLinkPage({ params }: Props) {
  const { token } = await params;
  const t = await getTranslations("campaignLink");
  const link = await checkCampaignLink(token);
  const reason = link.state === "live" ? "live" : link.state;
  const survey = "surveyTitle" in link && link.surveyTitle ? link.surveyTitle : t("thisSurvey");
  const offersLink = reason === "expired" || reason === "revoked" || reason === "invalid";
  return (
    <div className="narrow">
      <h1>{t(`reasons.${reason}.title`)}</h1>
      <p className="lead">{t(`reasons.${reason}.body`, { survey })}</p>
      {offersLink ? (
        <>
          <h2>{t("newLink.title")}</h2>
          <p>{t("newLink.intro")}</p>
          <CampaignLinkForm
            action={requestCampaignLinkAction}
            token={token}
            label={t("newLink.title")}
            submit={t("newLink.submit")}
            pending={t("newLink.sending")}
            email={{ label: t("newLink.email"), hint: t("newLink.emailHint") }}
          />
        </>
      ) : null}
    </div>
  );
}
