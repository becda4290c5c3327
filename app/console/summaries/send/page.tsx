import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { byOrganisation } from "@/components/summaries/contact-groups";
import { OneOffForm } from "@/components/summaries/one-off-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listOneOffSubjects, listSummaryContacts } from "@/lib/server/summaries/list-summary-overview";
import { sendOneOffSummaryAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("summaries"))("sendTitle") };
}

const count = z.coerce.number().int().min(0).max(100_000);
const ZSent = z.object({ queued: count, skipped: count, again: count.catch(0) });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SendOneOffPage({ searchParams }: Props) {
  await requirePermission("partner:manage", "/console/summaries/send");
  const t = await getTranslations("summaries");
  const sent = ZSent.safeParse(await searchParams);
  const [contacts, subjects] = await Promise.all([listSummaryContacts(), listOneOffSubjects()]);
  const groups = byOrganisation(contacts.map(({ id, name, email, status, organisation }) => ({ id, name, email, status, organisation })));
  return (
    <>
      <PageHeader title={t("sendTitle")} back={{ href: "/console/summaries", label: t("back") }} lede={t("sendIntro")} />
      {sent.success ? (
        <div className="notice notice--success" role="status">
          <p>{t("sent", { queued: sent.data.queued, skipped: sent.data.skipped })}</p>
          {sent.data.again > 0 ? <p>{t("sentAgain", { count: sent.data.again })}</p> : null}
          <p>
            <Link href="/console/summaries">{t("outboxLink")}</Link>
          </p>
        </div>
      ) : null}
      {contacts.length === 0 ? <p>{t("noContacts")}</p> : <OneOffForm action={sendOneOffSummaryAction} sendId={randomUUID()} topics={subjects.topics} surveys={subjects.surveys} groups={groups} />}
    </>
  );
}
