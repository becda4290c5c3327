import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rejectOrganisationAction, verifyOrganisationAction } from "@/app/console/organisations/actions";
import { organisationColumns } from "@/components/organisation-verification/organisation-columns";
import { classificationLabels } from "@/lib/i18n/classification-labels";
import { RejectForm } from "@/components/organisation-verification/reject-form";
import { VerificationHistory } from "@/components/organisation-verification/verification-history";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getOrganisationReview } from "@/lib/server/organisations/get-organisation-review";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ decided?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  // Metadata is rendered even when the page refuses: check before reading the organisation.
  await requirePermission("organisation:verify", `/console/organisations/${id}`);
  const organisation = await orNotFound(() => getOrganisationReview(id), id);
  return { title: organisation.name };
}

const OUTCOMES = ["verified", "rejected"] as const;

/** One organisation for an officer to check: its details, its people, its history, and the decision. */
export default async function OrganisationReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("organisation:verify", `/console/organisations/${id}`);
  const t = await getTranslations("consoleOrganisations");
  const organisation = await orNotFound(() => getOrganisationReview(id), id);
  const requested = (await searchParams).decided;
  const decided = OUTCOMES.find((outcome) => outcome === requested);
  return (
    <>
      <PageHeader title={organisation.name} back={{ href: "/console/organisations", label: t("back") }} notice={decided ? t(`decided.${decided}`) : null}>
        {organisation.verification === "rejected" && organisation.verificationNote ? (
          <div className="notice" role="note">
            {t("rejectedBecause", { reason: organisation.verificationNote })}
          </div>
        ) : null}
        <ul className="tag-list" aria-label={t("verification")}>
          <li className="tag">{t(`statuses.${organisation.verification}`)}</li>
          <li className="tag tag--quiet">{t(`kinds.${organisation.kind}`)}</li>
        </ul>
      </PageHeader>
      <h2>{t("detailsTitle")}</h2>
      <dl className="summary-list">
        {organisationColumns(t, await classificationLabels()).map((column) => (
          <div key={column.key} className="summary-list__row">
            <dt>{column.header}</dt>
            <dd>{column.cell(organisation)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("peopleTitle")}</h2>
      <DataTable
        caption={t("peopleCaption", { name: organisation.name })}
        rows={organisation.people}
        rowKey={(person) => person.id}
        empty={t("noPeople")}
        columns={[
          { key: "name", header: t("name"), rowHeader: true, cell: (person) => person.name ?? t("noName") },
          { key: "email", header: t("email"), cell: (person) => person.email },
          { key: "role", header: t("role"), cell: (person) => (person.role ? t(`roles.${person.role}`) : "") },
        ]}
      />
      <h2>{t("historyTitle")}</h2>
      <VerificationHistory history={organisation.history} />
      <h2 id="decision">{t("decisionTitle")}</h2>
      <p>{t("decisionIntro")}</p>
      {organisation.verification === "verified" ? null : (
        <>
          <h3>{t("verify.formLabel")}</h3>
          <ActionForm
            action={verifyOrganisationAction}
            label={t("verify.formLabel")}
            submitLabel={organisation.verification === "rejected" ? t("verify.reinstate") : t("verify.submit")}
            pendingLabel={t("verify.pending")}
            variant="primary"
            className="form"
          >
            <input type="hidden" name="organisationId" value={organisation.id} />
            <p className="hint">{t("verify.hint")}</p>
          </ActionForm>
        </>
      )}
      {organisation.verification === "rejected" ? null : (
        <>
          <h3>{t("reject.formLabel")}</h3>
          <RejectForm action={rejectOrganisationAction} organisationId={organisation.id} />
        </>
      )}
    </>
  );
}
