import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import type { FormAction } from "@/components/ui/form-state";
import { formatDate } from "@/lib/format/dates";

type Campaign = { id: string; survey: string; sentAt: Date | null; invited: number; started: number | null; submitted: number | null };

/** Sending an open survey of its themes to the partner's own contacts, and what its sends brought in. */
export function PartnerSend({ surveys, campaigns, sendAction }: { surveys: { id: string; title: string }[]; campaigns: Campaign[]; sendAction: FormAction }) {
  const t = useTranslations("partnerPortal.send");
  const shown = (count: number | null) => (count === null ? t("fewerThanFive") : count);
  return (
    <>
      {surveys.length > 0 ? (
        <ActionForm action={sendAction} label={t("formLabel")} submitLabel={t("submit")} pendingLabel={t("sending")} variant="primary" className="form" labels={{ surveyId: t("survey") }}>
          <div className="form-group">
            <label className="label" htmlFor="surveyId">
              {t("survey")}
            </label>
            <p className="hint" id="surveyId-hint">
              {t("hint")}
            </p>
            <select className="select" id="surveyId" name="surveyId" aria-describedby="surveyId-hint">
              {surveys.map((survey) => (
                <option key={survey.id} value={survey.id}>
                  {survey.title}
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
      ) : (
        <p>{t("noOpenSurveys")}</p>
      )}
      <DataTable
        caption={t("caption")}
        empty={t("none")}
        rows={campaigns}
        rowKey={(campaign) => campaign.id}
        columns={[
          { key: "survey", header: t("survey"), rowHeader: true, cell: (campaign) => campaign.survey },
          { key: "sent", header: t("sent"), cell: (campaign) => (campaign.sentAt ? formatDate(campaign.sentAt) : "–"), className: "nowrap" },
          { key: "invited", header: t("invited"), numeric: true, cell: (campaign) => campaign.invited },
          { key: "started", header: t("started"), numeric: true, cell: (campaign) => shown(campaign.started) },
          { key: "submitted", header: t("submitted"), numeric: true, cell: (campaign) => shown(campaign.submitted) },
        ]}
      />
    </>
  );
}
