import { getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/domain/insight/views";
import { formatDateTime } from "@/lib/format/dates";

/** Who changed what lately (from the audit log, which keeps every change). */
export async function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const t = await getTranslations("insight.history");
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="insight-history">
      <h2 id="insight-history">{t("title")}</h2>
      <ul>
        {entries.map((entry, index) => (
          <li key={`${entry.at.toISOString()}-${index}`}>
            {t("entry", { who: entry.who ?? t("someone"), when: formatDateTime(entry.at), what: t(`actions.${entry.action}`, { label: entry.label ?? "", to: entry.to ?? "" }) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
