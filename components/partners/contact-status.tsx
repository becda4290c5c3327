import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";

type Props = { status: "active" | "unsubscribed" | "bounced" | "complained"; since: Date | null };

/** A contact's status as a tag; a stopped one with the day it stopped. */
export async function ContactStatus({ status, since }: Props) {
  const t = await getTranslations("partners");
  return (
    <>
      <span className={`status status--${status}`}>{t(`statuses.${status}`)}</span>
      {status !== "active" && since ? <span className="status-date">{t("statusSince", { date: formatDate(since) })}</span> : null}
    </>
  );
}
