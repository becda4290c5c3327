import { getTranslations } from "next-intl/server";
import type { RetentionPolicy } from "@/lib/domain/retention/policy";

export const RETENTION_ITEMS = ["drafts", "emailBodies", "rateLimits", "sessions", "signInTokens"] as const;
export type RetentionItem = (typeof RETENTION_ITEMS)[number];

/** One row per kind of data the retention job removes, with a value for each (a period, a count). */
export async function RetentionItemsTable({ caption, valueHeading, values }: { caption: string; valueHeading: string; values: Record<RetentionItem, string> }) {
  const t = await getTranslations("retention");
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("what")}</th>
            <th scope="col">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {RETENTION_ITEMS.map((item) => (
            <tr key={item}>
              <th scope="row">{t(`items.${item}`)}</th>
              <td>{values[item]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The retention periods in force: shown in the console and in the privacy notice. */
export async function RetentionPolicyTable({ policy }: { policy: RetentionPolicy }) {
  const t = await getTranslations("retention");
  const values = {
    drafts: t("after.drafts", { days: policy.draftDays }),
    emailBodies: t("after.emailBodies", { days: policy.emailBodyDays }),
    rateLimits: t("after.rateLimits", { hours: policy.rateLimitHours }),
    sessions: t("after.sessions"),
    signInTokens: t("after.signInTokens"),
  };
  return <RetentionItemsTable caption={t("policyCaption")} valueHeading={t("when")} values={values} />;
}
