"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useActionState } from "react";
import { fieldError, FormMessage } from "@/components/ui/form-message";
import { ReasonOptions } from "@/components/comments/reason-options";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { MODERATION_DECISIONS } from "@/lib/validations/moderation";

/** The queue as one form: tick comments, choose a decision and a reason, apply to all ticked. */
type Props = { action: FormAction; children: ReactNode; decisions: readonly (typeof MODERATION_DECISIONS)[number][]; empty: boolean };

export function DecisionForm({ action: decideAction, children, decisions, empty }: Props) {
  const t = useTranslations("moderation");
  const [state, action] = useActionState(decideAction, IDLE);
  const labels = { commentIds: t("commentsLabel"), decision: t("decisionLabel"), reason: t("reasonLabel"), note: t("noteLabel") };
  return (
    <form action={action} className="form" aria-label={t("formLabel")}>
      <FormMessage state={state} labels={labels} fieldIds={{ commentIds: "queue" }} />
      <div id="queue" tabIndex={-1}>
        {children}
      </div>
      {empty ? null : (
        <fieldset className="decision-bar">
          <legend className="label">{t("applyLegend")}</legend>
          <div className="form-group">
            <label className="label" htmlFor="decision">
              {labels.decision}
            </label>
            <select className="select" id="decision" name="decision" defaultValue={decisions[0]}>
              {decisions.map((decision) => (
                <option key={decision} value={decision}>
                  {t(`decisions.${decision}`)}
                </option>
              ))}
            </select>
          </div>
          <div className={fieldError(state, "reason") ? "form-group form-group--error" : "form-group"}>
            <label className="label" htmlFor="reason">
              {labels.reason}
            </label>
            {fieldError(state, "reason") ? <p className="error-message">{fieldError(state, "reason")}</p> : null}
            <select className="select" id="reason" name="reason" defaultValue="">
              <option value="">{t("noReason")}</option>
              <ReasonOptions />
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="note">
              {labels.note}
            </label>
            <textarea className="textarea" id="note" name="note" rows={2} />
          </div>
          <SubmitButton pendingLabel={t("applying")}>{t("apply")}</SubmitButton>
        </fieldset>
      )}
    </form>
  );
}
