import "server-only";
import { getTranslations } from "next-intl/server";
import { ZScopeParam, type EqualitiesScope } from "@/lib/validations/equalities";

/** The scope the GET form chose: none yet, a valid one, or the message for one that is not. */
export async function readScope(searchParams: Promise<{ scope?: string | string[] }>): Promise<{ param: string; value: EqualitiesScope | null; error?: string }> {
  const { scope } = await searchParams;
  const param = typeof scope === "string" ? scope : "";
  if (!param) return { param, value: null };
  const parsed = ZScopeParam.safeParse(param);
  if (parsed.success) return { param, value: parsed.data };
  return { param: "", value: null, error: (await getTranslations())("validation.population.scope") };
}
