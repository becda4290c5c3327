import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/components/ui/form-state";
import { formatDate } from "@/lib/format/dates";

type Candidate = { id: string; name: string; verified: boolean; joinsAutomatically: boolean };

type Props = {
  search: string;
  candidates: Candidate[];
  pending: { organisation: string; createdAt: Date } | null;
  joinAction: FormAction;
  withdrawAction: FormAction;
};

/**
 * For someone who belongs to no organisation: register one, or find one and ask to join it (at
 * once where their email address is at its verified domain). A waiting request can be withdrawn.
 */
export function JoinOptions({ search, candidates, pending, joinAction, withdrawAction }: Props) {
  const t = useTranslations("organisationPage.join");
  return (
    <>
      <h2>{t("registerTitle")}</h2>
      <p>{t("registerBody")}</p>
      <p>
        <Link href="/organisation/register" className="button button--primary">
          {t("registerLink")}
        </Link>
      </p>
      <h2 id="join">{t("joinTitle")}</h2>
      {pending ? (
        <div className="notice" role="status">
          <p>{t("pending", { organisation: pending.organisation, date: formatDate(pending.createdAt) })}</p>
          <ActionForm action={withdrawAction} label={t("withdrawLabel")} submitLabel={t("withdraw")} pendingLabel={t("withdrawing")} />
        </div>
      ) : null}
      <form method="get" action="/organisation#join" className="form" role="search" aria-label={t("searchLabel")}>
        <div className="form-group">
          <label className="label" htmlFor="q">
            {t("searchField")}
          </label>
          <p className="hint" id="q-hint">
            {t("searchHint")}
          </p>
          <input className="input input--wide" id="q" name="q" type="search" defaultValue={search} aria-describedby="q-hint" />
        </div>
        <button type="submit" className="button button--secondary">
          {t("search")}
        </button>
      </form>
      {candidates.length > 0 ? (
        <ul className="join-candidates" aria-label={t("candidatesLabel")}>
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <p className="join-candidates__name">
                {candidate.name} {candidate.verified ? <span className="tag">{t("verified")}</span> : null}
              </p>
              {candidate.joinsAutomatically ? <p>{t("sameDomain")}</p> : null}
              {pending ? null : (
                <ActionForm
                  action={joinAction}
                  label={t("joinLabel", { organisation: candidate.name })}
                  submitLabel={candidate.joinsAutomatically ? t("joinNow") : t("ask")}
                  pendingLabel={t("asking")}
                  variant={candidate.joinsAutomatically ? "primary" : "secondary"}
                  labels={{ message: t("note") }}
                >
                  <input type="hidden" name="organisationId" value={candidate.id} />
                  {candidate.joinsAutomatically ? null : (
                    <div className="form-group">
                      <label className="label" htmlFor={`message-${candidate.id}`}>
                        {t("note")}
                      </label>
                      <textarea className="textarea" id={`message-${candidate.id}`} name="message" rows={2} maxLength={500} />
                    </div>
                  )}
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      ) : search.trim().length >= 2 ? (
        <p>{t("noneFound", { search: search.trim() })}</p>
      ) : null}
    </>
  );
}
