"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldValue, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { ROLES, type Role } from "@/lib/domain/access/roles";

/** One person's role, changed with its own small form so it works without JavaScript. */
export function RoleForm({ action: changeRoleAction, userId, email, role }: { action: FormAction; userId: string; email: string; role: Role }) {
  const t = useTranslations("people");
  const roles = useTranslations("roles");
  const [state, action] = useActionState(changeRoleAction, IDLE);
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="inline-form" aria-label={t("formLabel", { email })}>
      <input type="hidden" name="userId" value={userId} />
      <label className="visually-hidden" htmlFor={selectId}>
        {t("roleFor", { email })}
      </label>
      <select className="select select--compact" id={selectId} name="role" defaultValue={fieldValue(state, "role", role)}>
        {ROLES.map((item) => (
          <option key={item} value={item}>
            {roles(item)}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" pendingLabel={t("changing")}>
        {t("change")}
      </SubmitButton>
      <div className="inline-form__message">
        <FormMessage state={state} labels={{ role: t("roleFor", { email }) }} fieldIds={{ role: selectId }} />
      </div>
    </form>
  );
}
