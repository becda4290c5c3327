import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { removeContactAction, updateContactAction } from "@/app/console/partners/actions";
import { ContactForm } from "@/components/partners/contact-form";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { formatDate } from "@/lib/format/dates";
import { getPartnerContact } from "@/lib/server/partners/get-partner-contact";
import { listThemes } from "@/lib/server/reference/list-reference";

type Props = { params: Promise<{ id: string; contactId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, contactId } = await params;
  // Metadata is rendered even when the page refuses: check before reading the contact.
  await requirePermission("partner:manage", `/console/partners/${id}/contacts/${contactId}`);
  const contact = await orNotFound(() => getPartnerContact(contactId), contactId);
  return { title: (await getTranslations("partners"))("editContact", { name: contact.name }) };
}

export default async function ContactPage({ params }: Props) {
  const { id, contactId } = await params;
  await requirePermission("partner:manage", `/console/partners/${id}/contacts/${contactId}`);
  const t = await getTranslations("partners");
  const [contact, themes] = await Promise.all([orNotFound(() => getPartnerContact(contactId), contactId), listThemes()]);
  if (contact.organisationId !== id) notFound();
  const stopped = contact.status !== "active";
  return (
    <>
      <PageHeader title={t("editContact", { name: contact.name })} back={{ href: `/console/partners/${id}#contacts`, label: t("backTo", { name: contact.organisation }) }} />
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("statusTitle")}</dt>
          <dd data-testid="contact-status">
            <span className={`status status--${contact.status}`}>{t(`statuses.${contact.status}`)}</span>{" "}
            {!stopped ? t("statusActive") : contact.statusChangedAt ? t("statusStopped", { date: formatDate(contact.statusChangedAt) }) : t("statusStoppedUndated")}
          </dd>
        </div>
      </dl>
      <ContactForm
        action={updateContactAction}
        themes={themes}
        values={{ ...contact, role: contact.role ?? "" }}
        submitLabel={t("contactForm.save")}
        hidden={{ contactId: contact.id }}
        emailLocked={stopped}
      />
      <h2>{t("removeTitle")}</h2>
      {stopped ? (
        <p>{t("keptIntro")}</p>
      ) : (
        <>
          <p>{t("removeIntro")}</p>
          <ActionForm action={removeContactAction} label={t("removeLabel", { name: contact.name })} submitLabel={t("remove")} pendingLabel={t("removing")} variant="warning">
            <input type="hidden" name="contactId" value={contact.id} />
          </ActionForm>
        </>
      )}
    </>
  );
}
