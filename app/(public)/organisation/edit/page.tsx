import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationDetailsForm } from "@/components/organisations/organisation-details-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { domainOf, isPublicEmailDomain } from "@/lib/domain/organisations/email-domain";
import { getOrganisationForEdit } from "@/lib/server/organisations/get-my-organisation";
import { updateOrganisationAction } from "../actions";
import { organisationChoiceLists } from "../choice-lists";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisationPage.edit"))("title") };
}

/** An administrator changes the organisation's details. */
export default async function EditOrganisationPage() {
  const user = await requirePermission("organisation:belong", "/organisation/edit");
  const organisation = await orNotFound(() => getOrganisationForEdit(user));
  const t = await getTranslations("organisationPage.edit");
  const domain = domainOf(user.email);
  return (
    <div className="narrow">
      <PageHeader title={t("title")} back={{ href: "/organisation", label: t("back") }}>
        {organisation.verification === "verified" ? <p>{t("reverify")}</p> : null}
      </PageHeader>
      <OrganisationDetailsForm
        action={updateOrganisationAction}
        values={{
          name: organisation.name,
          kind: organisation.kind,
          type: organisation.type,
          sicSection: organisation.sicSection ?? "",
          sizeBand: organisation.sizeBand ?? "",
          postcode: organisation.postcode ?? "",
          website: organisation.website ?? "",
          emailDomain: organisation.emailDomain ?? "",
        }}
        choices={await organisationChoiceLists()}
        ownDomain={isPublicEmailDomain(domain) ? null : domain}
        submitLabel={t("submit")}
      />
    </div>
  );
}
