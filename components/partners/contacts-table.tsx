import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { ContactStatus } from "./contact-status";

type Contact = {
  id: string;
  name: string;
  email: string;
  role: string | null;
  language: string;
  frequency: "weekly" | "monthly";
  allThemes: boolean;
  status: "active" | "unsubscribed" | "bounced" | "complained";
  statusChangedAt: Date | null;
  /** The names of the themes the contact chose (when not all themes). */
  themes: string[];
};

/** An organisation's contacts: status, frequency, themes and language, with edit and preview links. */
export async function ContactsTable({ organisation }: { organisation: { id: string; name: string; contacts: Contact[] } }) {
  const t = await getTranslations("partners");
  const languageName = (code: string) => (isLocale(code) ? LOCALES[code].name : code);
  return (
    <DataTable
      caption={t("contactsCaption", { name: organisation.name })}
      empty={t("noContacts")}
      rows={organisation.contacts}
      rowKey={(contact) => contact.id}
      columns={[
        {
          key: "name",
          header: t("contact.name"),
          rowHeader: true,
          cell: (contact) => (
            <>
              {contact.name}
              <span className="status-date">{contact.email}</span>
              {contact.role ? <span className="status-date">{contact.role}</span> : null}
            </>
          ),
        },
        { key: "status", header: t("contact.status"), cell: (contact) => <ContactStatus status={contact.status} since={contact.statusChangedAt} /> },
        { key: "frequency", header: t("contact.frequency"), cell: (contact) => t(`frequencies.${contact.frequency}`) },
        { key: "themes", header: t("contact.themes"), cell: (contact) => (contact.allThemes ? t("contact.allThemes") : contact.themes.join(", ")) },
        { key: "language", header: t("contact.language"), cell: (contact) => languageName(contact.language) },
        {
          key: "actions",
          header: t("contact.actions"),
          cell: (contact) => (
            <div className="row-actions">
              <Link href={`/console/partners/${organisation.id}/contacts/${contact.id}`}>
                {t("contact.edit")}
                <span className="visually-hidden"> {contact.name}</span>
              </Link>
              <Link href={`/console/summaries/preview?contact=${contact.id}`}>
                {t("contact.preview")}
                <span className="visually-hidden"> {t("contact.previewFor", { name: contact.name })}</span>
              </Link>
            </div>
          ),
        },
      ]}
    />
  );
}
