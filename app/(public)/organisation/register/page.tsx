import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganisationDetailsForm } from "@/components/organisations/organisation-details-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { domainOf, isPublicEmailDomain } from "@/lib/domain/organisations/email-domain";
import { getMyOrganisation } from "@/lib/server/organisations/get-my-organisation";
import { registerOrganisationAction } from "../actions";
import { organisationChoiceLists } from "../choice-lists";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisationPage.register"))("title") };
}

/** Signing up as an organisation: the person becomes its first administrator. */
export default async function RegisterOrganisationPage() {
  const user = await requirePermission("organisation:belong", "/organisation/register");
  if (await getMyOrganisation(user)) redirect("/organisation");
  const t = await getTranslations("organisationPage.register");
  const domain = domainOf(user.email);
  return (
    <div className="narrow">
      <PageHeader title={t("title")} back={{ href: "/organisation", label: t("back") }} lede={t("intro")}>
        <p>{t("verification")}</p>
      </PageHeader>
      <OrganisationDetailsForm
        action={registerOrganisationAction}
        values={{ name: "", kind: "employer", type: "private", sicSection: "", sizeBand: "", postcode: "", website: "", emailDomain: isPublicEmailDomain(domain) ? "" : domain }}
        choices={await organisationChoiceLists()}
        ownDomain={isPublicEmailDomain(domain) ? null : domain}
        submitLabel={t("submit")}
      />
    </div>
  );
}
