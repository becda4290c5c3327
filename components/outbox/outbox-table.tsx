import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";

export type OutboxStatus = "queued" | "sending" | "sent" | "failed" | "bounced" | "complained" | "cancelled";
type Message = { id: string; createdAt: Date; toAddress: string; subject: string; status: OutboxStatus };

/**
 * Outbox messages as a table, newest first, each subject linking to the message. The fourth column
 * is the message's type unless the page gives its own (the summaries page says scheduled or one-off).
 */
export async function OutboxTable<M extends Message>({ messages, caption, kind }: { messages: M[]; caption: string; kind: { label: string; value: (message: M) => string } }) {
  const t = await getTranslations("outbox");
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("created")}</th>
            <th scope="col">{t("to")}</th>
            <th scope="col">{t("subject")}</th>
            <th scope="col">{kind.label}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => (
            <tr key={message.id}>
              <td>{formatDateTime(message.createdAt)}</td>
              <td>{message.toAddress}</td>
              <td>
                <Link href={`/console/outbox/${message.id}`}>{message.subject}</Link>
              </td>
              <td>{kind.value(message)}</td>
              <td>
                <span className={`status status--${message.status}`}>{t(`statuses.${message.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
