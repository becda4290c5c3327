import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";
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
  const languageName = (code: string) => {
    const known = SUPPORTED_LOCALES.find((locale) => locale === code);
    return known ? t(`languages.${known}`) : code;
  };
  if (organisation.contacts.length === 0) return <p>{t("noContacts")}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t("contactsCaption", { name: organisation.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("contact.name")}</th>
            <th scope="col">{t("contact.status")}</th>
            <th scope="col">{t("contact.frequency")}</th>
            <th scope="col">{t("contact.themes")}</th>
            <th scope="col">{t("contact.language")}</th>
            <th scope="col">{t("contact.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {organisation.contacts.map((contact) => (
            <tr key={contact.id}>
              <th scope="row">
                {contact.name}
                <span className="status-date">{contact.email}</span>
                {contact.role ? <span className="status-date">{contact.role}</span> : null}
              </th>
              <td>
                <ContactStatus status={contact.status} since={contact.statusChangedAt} />
              </td>
              <td>{t(`frequencies.${contact.frequency}`)}</td>
              <td>{contact.allThemes ? t("contact.allThemes") : contact.themes.join(", ")}</td>
              <td>{languageName(contact.language)}</td>
              <td>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
