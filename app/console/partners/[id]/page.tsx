import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { addContactAction, updateOrganisationAction } from "@/app/console/partners/actions";
import { ContactForm } from "@/components/partners/contact-form";
import { ContactsTable } from "@/components/partners/contacts-table";
import { OrganisationForm } from "@/components/partners/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getPartnerOrganisation } from "@/lib/server/partners/get-partner-organisation";
import { listThemes } from "@/lib/server/reference/list-reference";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  // Metadata is rendered even when the page refuses: check before reading the organisation.
  await requirePermission("partner:manage", `/console/partners/${id}`);
  const organisation = await orNotFound(() => getPartnerOrganisation(id), id);
  return { title: organisation.name };
}

const NOTICES = ["created", "contact-added", "contact-updated", "contact-removed"] as const;

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("partner:manage", `/console/partners/${id}`);
  const t = await getTranslations("partners");
  const [organisation, themes] = await Promise.all([orNotFound(() => getPartnerOrganisation(id), id), listThemes()]);
  const saved = (await searchParams).saved;
  const notice = NOTICES.find((key) => key === saved);
  return (
    <>
      <PageHeader
        title={organisation.name}
        back={{ href: "/console/partners", label: t("back") }}
        notice={notice ? t(`saved.${notice}`) : null}
      >
        <ul className="tag-list">
          <li className="tag">{t(`types.${organisation.type}`)}</li>
          {organisation.place ? <li className="tag tag--quiet">{organisation.place}</li> : null}
          {organisation.inNetwork ? <li className="tag">{t("inNetworkTag")}</li> : null}
        </ul>
        {organisation.description ? <p>{organisation.description}</p> : null}
      </PageHeader>
      <h2 id="contacts">{t("contactsTitle")}</h2>
      <p>{t("contactsIntro")}</p>
      <ContactsTable organisation={organisation} />
      <p>
        <Link href={`/console/partners/${organisation.id}/import`} className="button button--secondary">
          {t("importLink")}
        </Link>
      </p>
      <h2>{t("addContact")}</h2>
      <ContactForm
        action={addContactAction}
        themes={themes}
        values={{ name: "", email: "", role: "", language: DEFAULT_LOCALE, frequency: "monthly", allThemes: true, themeIds: [], sendWhenQuiet: false }}
        submitLabel={t("contactForm.add")}
        hidden={{ organisationId: organisation.id }}
      />
      <h2>{t("details")}</h2>
      <OrganisationForm
        action={updateOrganisationAction}
        values={{ name: organisation.name, type: organisation.type, description: organisation.description ?? "", place: organisation.place ?? "", inNetwork: organisation.inNetwork }}
        submitLabel={t("organisationForm.save")}
        hidden={{ organisationId: organisation.id }}
      />
    </>
  );
}
