import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { PartnerContacts } from "@/components/organisations/partner-contacts";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listPartnerContacts } from "@/lib/server/partner-portal/list-partner-contacts";
import "@/app/styles/organisations.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerPortal.contacts"))("title") };
}

/** A partner organisation's contacts and what each receives. Officers keep the list; contacts choose what they get. */
export default async function PartnerContactsPage() {
  const user = await requirePermission("organisation:belong", "/organisation/contacts");
  const contacts = await orNotFound(() => listPartnerContacts(user));
  const t = await getTranslations("partnerPortal.contacts");
  return (
    <>
      <PageHeader title={t("title")} lede={t("intro")} />
      <OrganisationNav current="contacts" />
      <PartnerContacts contacts={contacts} />
    </>
  );
}
