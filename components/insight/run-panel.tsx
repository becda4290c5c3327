import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { AnalysisRun } from "@/lib/domain/insight/views";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { AutoRefresh } from "./auto-refresh";
import { SubjectInputs } from "./subject-inputs";
import type { InsightAction, SubjectFields } from "./types";

/** The latest run (its progress while it works, what it found when done) and the button that starts one. */
export async function RunPanel({ run, action, subject, items }: { run: AnalysisRun | null; action: InsightAction; subject: SubjectFields; items: string }) {
  const t = await getTranslations("insight.run");
  const working = run?.status === "queued" || run?.status === "running";
  return (
    <section className="insight-run" aria-labelledby="insight-run-title">
      <h2 id="insight-run-title">{t("title")}</h2>
      <div role="status" aria-live="polite" className="insight-run__status">
        {!run ? <p>{t("never", { items })}</p> : null}
        {run?.status === "queued" ? <p>{t("queued")}</p> : null}
        {run?.status === "running" ? (
          <>
            <p>{t("running", { processed: formatCount(run.processed), total: formatCount(run.total) })}</p>
            <progress max={Math.max(1, run.total)} value={run.processed} aria-label={t("progress")} />
          </>
        ) : null}
        {run?.status === "done" ? (
          <p>
            {t("done", { when: formatDateTime(run.finishedAt ?? run.createdAt), total: run.total, notAnalysed: run.notAnalysed, themes: run.themesProposed })}
          </p>
        ) : null}
        {run?.status === "failed" ? <p className="error-message">{t("failed")}</p> : null}
      </div>
      <AutoRefresh active={working} />
      {working ? null : (
        <ActionForm action={action} label={t("title")} submitLabel={run ? t("again") : t("start")} pendingLabel={t("starting")} variant="primary">
          <SubjectInputs subject={subject} />
          <p className="hint">{t("explain")}</p>
        </ActionForm>
      )}
    </section>
  );
}
