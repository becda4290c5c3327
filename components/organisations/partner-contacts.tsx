import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";

type Contact = {
  id: string;
  name: string;
  email: string;
  role: string | null;
  frequency: "weekly" | "monthly";
  allThemes: boolean;
  themes: string[];
  status: "active" | "unsubscribed" | "bounced" | "complained";
  sendWhenQuiet: boolean;
};

/** A partner's contacts and what each receives: how often, on which themes, whether it still goes. */
export function PartnerContacts({ contacts }: { contacts: Contact[] }) {
  const t = useTranslations("partnerPortal.contacts");
  return (
    <DataTable
      caption={t("caption")}
      empty={t("none")}
      rows={contacts}
      rowKey={(contact) => contact.id}
      columns={[
        { key: "name", header: t("name"), rowHeader: true, cell: (contact) => contact.name },
        { key: "email", header: t("email"), cell: (contact) => contact.email },
        { key: "role", header: t("role"), cell: (contact) => contact.role ?? "–" },
        { key: "receives", header: t("receives"), cell: (contact) => (contact.status === "active" ? t(`frequency.${contact.frequency}`) + (contact.sendWhenQuiet ? ` ${t("evenWhenQuiet")}` : "") : t(`status.${contact.status}`)) },
        { key: "themes", header: t("themes"), cell: (contact) => (contact.allThemes ? t("allThemes") : contact.themes.join(", ")) },
      ]}
    />
  );
}
