import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResponsesByLinkTable } from "@/components/survey-links/responses-by-link-table";
import { SurveyLinkCard } from "@/components/survey-links/survey-link-card";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { can } from "@/lib/domain/access/policy";
import { listSurveyLinks, NO_LINK } from "@/lib/server/survey-links/list-survey-links";
import { createOwnLinkAction, createPartnerLinkAction } from "./actions";
import "@/app/styles/survey-links.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyLinks"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** A survey's public link and its partners' links, with QR codes for posters, and the responses each brought. */
export default async function SurveyLinksPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePermission("survey:manage", `/console/surveys/${id}/links`);
  // Officers see the exact counts of their own links; anyone else would see them suppressed.
  const { survey, links, unlinked, partners } = await orNotFound(() => listSurveyLinks(id, { exact: can(user.role, "survey:results") }), id);
  const t = await getTranslations("surveyLinks");
  const hasOwn = links.some((link) => link.partner === null);
  const rows = [...links.map((link) => ({ id: link.id, name: link.partner?.name ?? t("ownLink"), started: link.started, submitted: link.submitted })), { id: NO_LINK, name: t("noLink"), ...unlinked }];
  return (
    <>
      <PageHeader title={t("heading")} lede={t("intro")} />
      <div className="link-forms">
        {hasOwn ? null : (
          <ActionForm action={createOwnLinkAction} label={t("makeOwn")} submitLabel={t("makeOwn")} pendingLabel={t("making")} variant="primary">
            <input type="hidden" name="surveyId" value={survey.id} />
          </ActionForm>
        )}
        {partners.length > 0 ? (
          <ActionForm action={createPartnerLinkAction} label={t("makePartner")} submitLabel={t("makePartner")} pendingLabel={t("making")} labels={{ partnerOrganisationId: t("partner") }}>
            <input type="hidden" name="surveyId" value={survey.id} />
            <SelectField id="partnerOrganisationId" label={t("partner")} hint={t("partnerHint")} emptyLabel={t("choosePartner")} options={partners} defaultValue="" />
          </ActionForm>
        ) : (
          <p className="hint">{t("noPartners")}</p>
        )}
      </div>
      <h2>{t("linksTitle")}</h2>
      {links.length === 0 ? <p>{t("noLinks")}</p> : null}
      {links.map((link) => (
        <SurveyLinkCard key={link.id} surveyId={survey.id} link={link} />
      ))}
      <h2>{t("byLinkTitle")}</h2>
      <p className="hint">{t("byLinkHint")}</p>
      <ResponsesByLinkTable rows={rows} />
    </>
  );
}
