import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatementPage } from "@/components/layout/statement-page";
import { RetentionPolicyTable } from "@/components/retention/retention-policy-table";
import { configuredRetentionPolicy } from "@/lib/server/retention/purge-expired-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

/** The privacy notice, with the retention periods actually in force. */
export default function PrivacyPage() {
  return (
    <>
      <StatementPage namespace="privacy" />
      <div className="narrow">
        <RetentionPolicyTable policy={configuredRetentionPolicy()} />
      </div>
    </>
  );
}
