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
 * "How it is going": the campaign's counts, from invited to answered. The place for the campaign's
 * funnel and report as they grow.
 */
export function CampaignProgress({ counts }: { counts: CampaignCounts }) {
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
    </section>
  );
}
