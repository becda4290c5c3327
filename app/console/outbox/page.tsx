import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format/dates";
import { listOutbox } from "@/lib/server/outbox/list-outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxPage() {
  await requirePermission("outbox:view", "/console/outbox");
  const t = await getTranslations("outbox");
  const messages = await listOutbox();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {env.RESEND_API_KEY ? null : (
        <div className="notice" role="note">
          {t("noProvider")}
        </div>
      )}
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("created")}</th>
                <th scope="col">{t("to")}</th>
                <th scope="col">{t("subject")}</th>
                <th scope="col">{t("category")}</th>
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
                  <td>{message.category}</td>
                  <td>
                    <span className={`status status--${message.status}`}>{t(`statuses.${message.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
