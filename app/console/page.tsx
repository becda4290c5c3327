import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { getConsoleOverview } from "@/lib/server/console/get-overview";
import { countModerationQueue } from "@/lib/server/moderation/list-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("console"))("title") };
}

export default async function ConsoleHome() {
  const user = await requirePermission("console:access", "/console");
  const t = await getTranslations("console");
  const [overview, queue] = await Promise.all([getConsoleOverview(), countModerationQueue()]);
  const figures = [
    { label: t("figures.openTopics"), value: overview.openTopics, href: "/" },
    { label: t("figures.waiting"), value: queue.waiting, href: "/console/moderation" },
    { label: t("figures.reported"), value: queue.flagged, href: "/console/moderation?view=flagged" },
    { label: t("figures.people"), value: overview.people, href: user.role === "admin" ? "/console/people" : null },
    { label: t("figures.outboxQueued"), value: overview.outboxQueued, href: "/console/outbox" },
    { label: t("figures.outboxFailed"), value: overview.outboxFailed, href: "/console/outbox" },
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("welcome", { name: user.name ?? user.email })}</p>
      <ul className="figures">
        {figures.map((figure) => (
          <li key={figure.label} className="figure">
            <span className="figure__value">{figure.value}</span>
            <span className="figure__label">{figure.href ? <Link href={figure.href}>{figure.label}</Link> : figure.label}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
