import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AddContactsForm } from "@/components/campaigns/add-contacts-form";
import { CampaignProgress } from "@/components/campaigns/campaign-progress";
import { RecipientImport } from "@/components/campaigns/recipient-import";
import { RecipientsTable } from "@/components/campaigns/recipients-table";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { RECIPIENT_CSV_COLUMNS } from "@/lib/domain/campaigns/parse-recipients-csv";
import { getCampaign, RECIPIENTS_PER_PAGE } from "@/lib/server/campaigns/get-campaign";
import { listPartnerOrganisations } from "@/lib/server/partners/list-partner-organisations";
import { addContactsAction, importRecipientsAction, revokeRecipientAction, sendCampaignAction } from "../actions";
import "@/app/styles/campaigns.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("campaignMetaTitle") };
}

type Props = { params: Promise<{ id: string; campaignId: string }>; searchParams: Promise<{ saved?: string; sent?: string; confirm?: string; page?: string }> };

/**
 * One campaign: how it is going, the recipients with their status, and the steps: add a list (a
 * CSV file, or partner contacts), then send, after a confirmation that says how many.
 */
export default async function CampaignPage({ params, searchParams }: Props) {
  const { id, campaignId } = await params;
  const query = await searchParams;
  const base = `/console/surveys/${id}/campaigns/${campaignId}`;
  await requirePermission("campaign:manage", base);
  const t = await getTranslations("campaigns");
  const page = Number(query.page) || 1;
  const { campaign, counts, recipients, survey } = await orNotFound(() => getCampaign(id, campaignId, page), campaignId);
  const organisations = (await listPartnerOrganisations()).filter((organisation) => organisation.active > 0);
  const notice = query.saved === "created" ? t("created") : query.sent ? t("sent", { count: Number(query.sent) || 0 }) : null;
  const hidden = (
    <>
      <input type="hidden" name="surveyId" value={id} />
      <input type="hidden" name="campaignId" value={campaignId} />
    </>
  );
  const total = counts?.recipients ?? 0;
  return (
    <>
      <PageHeader title={campaign.name} back={{ href: `/console/surveys/${id}/campaigns`, label: t("back") }} notice={notice}>
        <p>
          <span className={`status status--${campaign.status}`}>{t(`list.statuses.${campaign.status}`)}</span>{" "}
          {t("settings", { reminders: campaign.reminderDays.join(", ") || "–", count: campaign.reminderDays.length, days: campaign.linkDays })}
        </p>
      </PageHeader>
      {counts ? <CampaignProgress counts={counts} reportHref={`/console/surveys/${id}/campaigns/${campaignId}/report`} /> : null}

      <h2 id="send">{t("send.title")}</h2>
      {!counts?.recipients ? (
        <p>{t("send.empty")}</p>
      ) : !counts.toInvite ? (
        <p>{t("send.nobody")}</p>
      ) : query.confirm === "send" ? (
        <div className="notice notice--warning">
          <p>{t("send.confirmText", { count: counts.toInvite, survey: survey.title })}</p>
          <ActionForm action={sendCampaignAction} label={t("send.title")} submitLabel={t("send.confirm", { count: counts.toInvite })} pendingLabel={t("send.sending")} variant="primary">
            {hidden}
          </ActionForm>
          <p>
            <Link href={`${base}#send`}>{t("send.cancel")}</Link>
          </p>
        </div>
      ) : (
        <p>
          <Link className="button button--primary" href={`${base}?confirm=send#send`}>
            {t("send.start", { count: counts.toInvite })}
          </Link>
        </p>
      )}

      <h2 id="import">{t("import.title")}</h2>
      <p>{t("import.rules")}</p>
      <DataTable
        caption={t("import.columnsCaption")}
        rows={[...RECIPIENT_CSV_COLUMNS]}
        rowKey={(column) => column}
        columns={[
          { key: "column", header: t("import.column"), rowHeader: true, cell: (column) => <code>{column}</code> },
          { key: "meaning", header: t("import.meaning"), cell: (column) => t(`import.columns.${column}`) },
        ]}
      />
      <RecipientImport action={importRecipientsAction} surveyId={id} campaignId={campaignId} />

      <h2 id="contacts">{t("contacts.title")}</h2>
      {organisations.length ? <AddContactsForm action={addContactsAction} surveyId={id} campaignId={campaignId} organisations={organisations} /> : <p>{t("contacts.none")}</p>}

      <h2 id="recipients">{t("recipients.title")}</h2>
      {recipients.length ? (
        <RecipientsTable recipients={recipients} surveyId={id} campaignId={campaignId} revokeAction={revokeRecipientAction} caption={t("recipients.caption", { from: (page - 1) * RECIPIENTS_PER_PAGE + 1, to: (page - 1) * RECIPIENTS_PER_PAGE + recipients.length, total })} />
      ) : (
        <p>{t("recipients.none")}</p>
      )}
      <nav aria-label={t("recipients.pages")} className="pager">
        {page > 1 ? <Link href={`${base}?page=${page - 1}#recipients`}>{t("recipients.previous")}</Link> : null}{" "}
        {page * RECIPIENTS_PER_PAGE < total ? <Link href={`${base}?page=${page + 1}#recipients`}>{t("recipients.next")}</Link> : null}
      </nav>
    </>
  );
}
