import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/components/ui/form-state";
import { formatDateTime } from "@/lib/format/dates";

/** Publish or withdraw the public results summary (small numbers suppressed there). */
export async function PublishPanel({ action, survey }: { action: FormAction; survey: { id: string; slug: string; resultsPublishedAt: Date | null } }) {
  const t = await getTranslations("surveyResults.publish");
  const published = survey.resultsPublishedAt !== null;
  return (
    <section aria-labelledby="publish" className="side-panel">
      <h2 id="publish" className="heading-s">
        {t("title")}
      </h2>
      <p>{published && survey.resultsPublishedAt ? t("isPublished", { when: formatDateTime(survey.resultsPublishedAt) }) : t("notPublished")}</p>
      <p className="hint">{t("hint")}</p>
      {published ? (
        <p>
          <Link href={`/surveys/${survey.slug}/results`}>{t("view")}</Link>
        </p>
      ) : null}
      <ActionForm action={action} label={t("title")} submitLabel={published ? t("withdraw") : t("submit")} pendingLabel={t("pending")} variant={published ? "warning" : "primary"}>
        <input type="hidden" name="surveyId" value={survey.id} />
        <input type="hidden" name="publish" value={published ? "no" : "yes"} />
      </ActionForm>
    </section>
  );
}
