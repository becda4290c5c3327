import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";

type Link = { id: string; survey: { title: string; slug: string }; address: string; started: number | null; submitted: number | null };

/** The partner's own survey links: the address to share, its QR code to print, and what it brought in. */
export function PartnerLinks({ links }: { links: Link[] }) {
  const t = useTranslations("partnerPortal.links");
  const shown = (count: number | null) => (count === null ? t("fewerThanFive") : count);
  return (
    <DataTable
      caption={t("caption")}
      empty={t("none")}
      rows={links}
      rowKey={(link) => link.id}
      columns={[
        { key: "survey", header: t("survey"), rowHeader: true, cell: (link) => link.survey.title },
        { key: "address", header: t("address"), cell: (link) => <code className="link-address">{link.address}</code> },
        { key: "started", header: t("started"), numeric: true, cell: (link) => shown(link.started) },
        { key: "submitted", header: t("submitted"), numeric: true, cell: (link) => shown(link.submitted) },
        {
          key: "qr",
          header: t("qr"),
          cell: (link) => (
            <a href={`/api/organisation/links/${link.id}/qr.svg`} download aria-label={t("qrLabel", { survey: link.survey.title })}>
              {t("qrDownload")}
            </a>
          ),
        },
      ]}
    />
  );
}
