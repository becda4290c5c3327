import { getTranslations } from "next-intl/server";
import { GroupedSelect } from "@/components/ui/grouped-select";
import type { ScopeOptions } from "@/lib/domain/equalities/views";

/** Which people to count: everyone, or a topic, survey, theme or neighbourhood. A GET form: the choice is in the address. */
export async function ScopeForm({ action, options, value, error }: { action: string; options: ScopeOptions; value: string; error?: string }) {
  const t = await getTranslations("equalities");
  const group = (label: string, kind: keyof ScopeOptions, singular: string) => ({ label, options: options[kind].map((option) => ({ value: `${singular}:${option.id}`, label: option.name })) });
  return (
    <form method="get" action={action} className="form scope-form" aria-label={t("scopeFormLabel")}>
      <GroupedSelect
        id="scope"
        label={t("scopeLabel")}
        hint={t("scopeHint")}
        error={error}
        emptyLabel={t("chooseScope")}
        defaultValue={value}
        groups={[
          { label: t("groups.everyone"), options: [{ value: "all", label: t("everyone") }] },
          group(t("groups.topics"), "topics", "topic"),
          group(t("groups.surveys"), "surveys", "survey"),
          group(t("groups.themes"), "themes", "theme"),
          group(t("groups.neighbourhoods"), "neighbourhoods", "neighbourhood"),
        ].filter((entry) => entry.options.length > 0)}
      />
      <button type="submit" className="button button--primary">
        {t("show")}
      </button>
    </form>
  );
}
