import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { PartnerLinks } from "@/components/organisations/partner-links";
import { PartnerNetwork } from "@/components/organisations/partner-network";
import { PartnerSend } from "@/components/organisations/partner-send";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getPartnerPortal } from "@/lib/server/partner-portal/get-partner-portal";
import { listPartnerCampaigns } from "@/lib/server/partner-portal/list-partner-campaigns";
import { listPartnerLinks } from "@/lib/server/partner-portal/list-partner-links";
import { sendSurveyToContactsAction } from "../actions";
import "@/app/styles/organisations.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerPortal.network"))("title") };
}

/** A partner organisation's themes in the network: their published topics, surveys and results. */
type Props = { searchParams: Promise<{ sent?: string }> };

export default async function PartnerNetworkPage({ searchParams }: Props) {
  const user = await requirePermission("organisation:belong", "/organisation/network");
  const { sent } = await searchParams;
  const [portal, links, campaigns] = await Promise.all([orNotFound(() => getPartnerPortal(user)), orNotFound(() => listPartnerLinks(user)), orNotFound(() => listPartnerCampaigns(user))]);
  const t = await getTranslations("partnerPortal.network");
  return (
    <>
      <PageHeader
        title={t("title")}
        caption={portal.organisation}
        notice={sent && /^\d+$/.test(sent) ? t("sent", { count: Number(sent) }) : null}
        lede={t("intro", { themes: portal.themes.map((theme) => theme.name).join(", ") })}
      />
      <OrganisationNav current="network" />
      <PartnerNetwork topics={portal.topics} surveys={portal.surveys} />
      <h2 id="send">{t("sendTitle")}</h2>
      <p>{t("sendBody")}</p>
      <PartnerSend surveys={portal.surveys.filter((survey) => survey.sendable)} campaigns={campaigns} sendAction={sendSurveyToContactsAction} />
      <h2>{t("linksTitle")}</h2>
      <p>{t("linksBody")}</p>
      <PartnerLinks links={links} />
      <h2>{t("summaryTitle")}</h2>
      <p>{t("summaryBody")}</p>
      <p>
        <a href="/api/organisation/summary">{t("summaryLink")}</a>
      </p>
      <h2>{t("downloadTitle")}</h2>
      <p>{t("downloadBody")}</p>
      <p>
        <a href="/api/organisation/results" download>
          {t("download")}
        </a>
      </p>
    </>
  );
}
