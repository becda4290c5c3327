import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatementPage } from "@/components/layout/statement-page";
import { ACCESSIBILITY_CHECK_IDS } from "@/lib/domain/accessibility/checks";
import { formatIsoDate } from "@/lib/format/dates";

/** When the statement was written and last looked at again (update both when it is reviewed). */
const PREPARED = "2026-12-04";
const REVIEWED = "2026-12-04";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

/** The UK public sector model statement; what is tested is listed from lib/domain/accessibility/checks.ts, which a test keeps true. */
export default async function AccessibilityPage() {
  const t = await getTranslations("accessibility");
  return (
    <StatementPage namespace="accessibility">
      <section aria-labelledby="section-testing">
        <h2 id="section-testing">{t("testing.title")}</h2>
        <p>{t("testing.prepared", { prepared: formatIsoDate(PREPARED), reviewed: formatIsoDate(REVIEWED) })}</p>
        <p>{t("testing.intro")}</p>
        <ul className="list list--bullet">
          {ACCESSIBILITY_CHECK_IDS.map((id) => (
            <li key={id}>{t(`checks.${id}`)}</li>
          ))}
        </ul>
        <p>{t("testing.outro")}</p>
      </section>
    </StatementPage>
  );
}
