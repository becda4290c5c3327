import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader title={t("title")} lede={t("intro")} />
      {env.RESEND_API_KEY ? null : (
        <div className="notice" role="note">
          {t("noProvider")}
        </div>
      )}
      <OutboxTable messages={messages} caption={t("caption")} empty={t("empty")} kind={{ label: t("category"), value: (message) => message.category }} />
    </>
  );
}
