import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { createOrganisationAction } from "@/app/console/partners/actions";
import { OrganisationForm } from "@/components/partners/organisation-form";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("create") };
}

export default async function NewOrganisationPage() {
  await requirePermission("partner:manage", "/console/partners/new");
  const t = await getTranslations("partners");
  return (
    <>
      <p>
        <Link href="/console/partners" className="back-link">
          {t("back")}
        </Link>
      </p>
      <h1>{t("create")}</h1>
      <OrganisationForm action={createOrganisationAction} values={{ name: "", type: "", description: "", place: "", inNetwork: true }} submitLabel={t("organisationForm.create")} />
    </>
  );
}
