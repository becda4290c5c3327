import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/format/dates";

export type OutboxStatus = "queued" | "sending" | "sent" | "failed" | "bounced" | "complained" | "cancelled";
type Message = { id: string; createdAt: Date; toAddress: string; subject: string; status: OutboxStatus };

type Props<M extends Message> = { messages: M[]; caption: string; kind: { label: string; value: (message: M) => string }; empty: string };

/**
 * Outbox messages as a table, newest first, each subject linking to the message. The fourth column
 * is the message's type unless the page gives its own (the summaries page says scheduled or one-off).
 */
export async function OutboxTable<M extends Message>({ messages, caption, kind, empty }: Props<M>) {
  const t = await getTranslations("outbox");
  return (
    <DataTable
      caption={caption}
      empty={empty}
      rows={messages}
      rowKey={(message) => message.id}
      columns={[
        { key: "created", header: t("created"), cell: (message) => formatDateTime(message.createdAt) },
        { key: "to", header: t("to"), cell: (message) => message.toAddress },
        { key: "subject", header: t("subject"), cell: (message) => <Link href={`/console/outbox/${message.id}`}>{message.subject}</Link> },
        { key: "kind", header: kind.label, cell: kind.value },
        { key: "status", header: t("status"), cell: (message) => <span className={`status status--${message.status}`}>{t(`statuses.${message.status}`)}</span> },
      ]}
    />
  );
}
