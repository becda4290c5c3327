import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";

type Decision = { id: string; decision: "verified" | "rejected"; at: Date; actor: string | null; reason: string | null; rolesChanged: number };

/** Every verification decision about an organisation, newest first: who, when, why, and whose access changed. */
export async function VerificationHistory({ history }: { history: Decision[] }) {
  const t = await getTranslations("consoleOrganisations");
  if (history.length === 0) return <p>{t("historyEmpty")}</p>;
  return (
    <ol>
      {history.map((entry) => (
        <li key={entry.id}>
          <p>{t("historyEntry", { decision: entry.decision, actor: entry.actor ?? t("formerOfficer"), date: formatDateTime(entry.at) })}</p>
          {entry.reason ? <p>{t("historyReason", { reason: entry.reason })}</p> : null}
          <p className="hint">{t("historyRoles", { count: entry.rolesChanged })}</p>
        </li>
      ))}
    </ol>
  );
}
