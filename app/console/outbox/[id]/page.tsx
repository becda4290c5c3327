import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { formatDateTime } from "@/lib/format/dates";
import { getOutboxMessage } from "@/lib/server/outbox/list-outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("messageTitle") };
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePermission("outbox:view", `/console/outbox/${id}`);
  const t = await getTranslations("outbox");
  const message = await orNotFound(() => getOutboxMessage(viewer, id), id);
  const rows = [
    { label: t("to"), value: message.toAddress },
    { label: t("category"), value: message.category },
    { label: t("status"), value: t(`statuses.${message.status}`) },
    { label: t("attempts"), value: String(message.attempts) },
    { label: t("created"), value: formatDateTime(message.createdAt) },
    ...(message.sentAt ? [{ label: t("sent"), value: formatDateTime(message.sentAt) }] : []),
    ...(message.lastError ? [{ label: t("lastError"), value: message.lastError }] : []),
  ];
  return (
    <>
      <PageHeader title={message.subject} back={{ href: "/console/outbox", label: t("back") }} />
      <dl className="summary-list">
        {rows.map((row) => (
          <div key={row.label} className="summary-list__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("plainText")}</h2>
      <pre className="email-text" data-testid="email-text">
        {message.textBody}
      </pre>
      <p>
        <a href={`/api/console/outbox/${message.id}/html`} target="_blank" rel="noopener">
          {t("viewHtml")}
        </a>
      </p>
    </>
  );
}
