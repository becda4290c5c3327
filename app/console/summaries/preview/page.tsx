import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { byOrganisation } from "@/components/summaries/contact-groups";
import { GroupedSelect } from "@/components/ui/grouped-select";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listSummaryContacts } from "@/lib/server/summaries/list-summary-overview";
import { previewSummary } from "@/lib/server/summaries/preview-summary";
import { periodLabel } from "@/lib/email/templates/period-label";
import { recentPeriods } from "@/lib/domain/summaries/period";
import { ZSummaryPreviewQuery } from "@/lib/validations/summaries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("summaries"))("previewTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PICKER_LENGTH = 12;

export default async function SummaryPreviewPage({ searchParams }: Props) {
  await requirePermission("partner:manage", "/console/summaries/preview");
  const t = await getTranslations("summaries");
  const raw = await searchParams;
  const query = ZSummaryPreviewQuery.parse(raw);
  const asked = typeof raw.contact === "string" && raw.contact !== "";
  const now = new Date();
  const contacts = await listSummaryContacts();
  const preview = query.contact && contacts.some((contact) => contact.id === query.contact) ? await orNotFound(() => previewSummary(query.contact ?? "", query.period, now)) : null;
  const periodGroups = [
    { label: t("weeks"), periods: recentPeriods("weekly", now, PICKER_LENGTH) },
    { label: t("months"), periods: recentPeriods("monthly", now, PICKER_LENGTH) },
  ];
  const contactLabel = (contact: (typeof contacts)[number]) =>
    contact.status === "active" ? t("contactOption", { name: contact.name, email: contact.email }) : t("contactInactive", { name: contact.name, email: contact.email, status: contact.status });
  return (
    <>
      <PageHeader title={t("previewTitle")} back={{ href: "/console/summaries", label: t("back") }} lede={t("previewIntro")} />
      {asked && !preview ? (
        <div className="notice" role="note">
          {t("badQuery")}
        </div>
      ) : null}
      {contacts.length === 0 ? (
        <p>{t("noContacts")}</p>
      ) : (
        <form method="get" className="form" aria-label={t("previewForm")}>
          <GroupedSelect
            id="contact"
            label={t("contact")}
            hint={t("contactHint")}
            emptyLabel={t("chooseContact")}
            defaultValue={preview?.contact.id ?? ""}
            groups={byOrganisation(contacts).map((group) => ({ label: group.organisation, options: group.contacts.map((contact) => ({ value: contact.id, label: contactLabel(contact) })) }))}
          />
          <GroupedSelect
            id="period"
            label={t("period")}
            hint={t("periodHint")}
            emptyLabel={t("contactsPeriod")}
            defaultValue={query.period ? query.period.key : ""}
            groups={periodGroups.map((group) => ({ label: group.label, options: group.periods.map((period) => ({ value: period.key, label: periodLabel(period) })) }))}
          />
          <button type="submit" className="button button--secondary">
            {t("show")}
          </button>
        </form>
      )}
      {preview ? (
        <>
          <h2>{t("previewFor", { name: preview.contact.name, period: preview.period.label })}</h2>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{t("to")}</dt>
              <dd>{preview.contact.email}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t("subject")}</dt>
              <dd data-testid="preview-subject">{preview.subject}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t("wouldSend")}</dt>
              <dd>{preview.wouldSend ? t("wouldSendYes") : t("wouldSendNo")}</dd>
            </div>
          </dl>
          <h3>{t("htmlTitle")}</h3>
          <iframe className="email-frame" title={t("frameTitle", { subject: preview.subject })} sandbox="" srcDoc={preview.html} />
          <p>
            <a href={`/api/console/summaries/preview?${new URLSearchParams({ contact: preview.contact.id, period: preview.period.key })}`} target="_blank" rel="noopener">
              {t("openHtml")}
            </a>
          </p>
          <h3>{t("textTitle")}</h3>
          <pre className="email-text" data-testid="email-text">
            {preview.text}
          </pre>
        </>
      ) : null}
    </>
  );
}
