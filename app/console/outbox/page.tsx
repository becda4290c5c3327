import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { requirePermission } from "@/lib/auth/guard";
import { env } from "@/lib/env";
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
        <OutboxTable messages={messages} caption={t("caption")} kind={{ label: t("category"), value: (message) => message.category }} />
      )}
    </>
  );
}
