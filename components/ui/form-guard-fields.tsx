import { useTranslations } from "next-intl";
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from "@/lib/security/form-guard-fields";

/**
 * The spam fields of a public form (see lib/security/form-guard.ts): when the form was shown, signed,
 * and a box people never see or reach (off-screen, out of the tab order, hidden from screen readers)
 * that only a bot fills in.
 */
export function FormGuardFields({ token }: { token: string }) {
  const t = useTranslations("errors");
  return (
    <>
      <input type="hidden" name={FORM_TOKEN_FIELD} value={token} />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`${HONEYPOT_FIELD}-field`}>{t("honeypotLabel")}</label>
        <input type="text" id={`${HONEYPOT_FIELD}-field`} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
