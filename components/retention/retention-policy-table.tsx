import { getTranslations } from "next-intl/server";
import type { RetentionPolicy } from "@/lib/retention/policy";

export const RETENTION_ITEMS = ["drafts", "emailBodies", "rateLimits", "sessions", "signInTokens"] as const;

/** The retention periods in force, as a table: shown in the console and in the privacy notice. */
export async function RetentionPolicyTable({ policy }: { policy: RetentionPolicy }) {
  const t = await getTranslations("retention");
  const after = {
    drafts: t("after.drafts", { days: policy.draftDays }),
    emailBodies: t("after.emailBodies", { days: policy.emailBodyDays }),
    rateLimits: t("after.rateLimits", { hours: policy.rateLimitHours }),
    sessions: t("after.sessions"),
    signInTokens: t("after.signInTokens"),
  };
  return (
    <div className="table-wrap">
      <table className="table">
      <caption className="caption">{t("policyCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("what")}</th>
          <th scope="col">{t("when")}</th>
        </tr>
      </thead>
      <tbody>
        {RETENTION_ITEMS.map((item) => (
          <tr key={item}>
            <th scope="row">{t(`items.${item}`)}</th>
            <td>{after[item]}</td>
          </tr>
        ))}
      </tbody>
      </table>
    </div>
  );
}
