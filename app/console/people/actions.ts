"use server";

import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { changeRole } from "@/lib/server/people/change-role";
import { ZChangeRoleInput } from "@/lib/validations/people";

export const changeRoleAction = formAction("people:manage", ZChangeRoleInput, async (input, { user }) => {
  const result = await changeRole(user, input);
  const t = await getTranslations("people");
  const roles = await getTranslations("roles");
  return { status: "success", message: t("changed", { email: result.email, role: roles(input.role) }) };
});
