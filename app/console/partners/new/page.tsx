import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { createOrganisationAction } from "@/app/console/partners/actions";
import { OrganisationForm } from "@/components/partners/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("create") };
}

export default async function NewOrganisationPage() {
  await requirePermission("partner:manage", "/console/partners/new");
  const t = await getTranslations("partners");
  return (
    <>
      <PageHeader title={t("create")} back={{ href: "/console/partners", label: t("back") }} />
      <OrganisationForm action={createOrganisationAction} values={{ name: "", type: "", description: "", place: "", inNetwork: true }} submitLabel={t("organisationForm.create")} />
    </>
  );
}
