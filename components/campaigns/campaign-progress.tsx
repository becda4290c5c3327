import Link from "next/link";
import { useTranslations } from "next-intl";

export type CampaignCounts = {
  recipients: number;
  invited: number;
  delivered: number;
  opened: number;
  started: number;
  submitted: number;
  bounced: number;
  unsubscribed: number;
  revoked: number;
  reminders: number;
  toInvite: number;
};

const SHOWN = ["recipients", "invited", "delivered", "opened", "started", "submitted", "reminders", "bounced", "unsubscribed", "revoked"] as const;

/**
 * "How it is going": the campaign's counts, from invited to answered, and the way to its report
 * (the funnel by list, partner, sector and size band, with who is under-represented).
 */
export function CampaignProgress({ counts, reportHref }: { counts: CampaignCounts; reportHref: string }) {
  const t = useTranslations("campaigns.progress");
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t("title")}</h2>
      <dl className="campaign-counts">
        {SHOWN.map((key) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{counts[key].toLocaleString("en-GB")}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href={reportHref}>{t("report")}</Link>
      </p>
    </section>
  );
}
