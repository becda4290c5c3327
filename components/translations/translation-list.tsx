import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/components/ui/form-state";
import { DataTable } from "@/components/ui/data-table";
import type { LanguageOverview } from "@/lib/domain/translations/translation-overview";
import { formatDateTime } from "@/lib/format/dates";
import { LOCALES } from "@/lib/i18n/locales";

type Props = {
  /** The subject's translation pages: `/console/topics/<id>/translations`. */
  base: string;
  subjectId: string;
  languages: LanguageOverview[];
  remove: FormAction;
};

/** Every language content may be translated into: how far each translation goes, a link to write or edit it, and a way to remove it. */
export async function TranslationList({ base, subjectId, languages, remove }: Props) {
  const t = await getTranslations("contentTranslations");
  const status = (row: LanguageOverview) => {
    const translation = row.translation;
    if (!translation) return t("statusNone");
    const { progress } = translation;
    const lines = [progress.translated === progress.total ? t("statusComplete") : t("statusPartial", { translated: progress.translated, total: progress.total })];
    if (progress.outdated.length > 0) lines.push(t("statusOutdated", { count: progress.outdated.length }));
    return lines.join(" ");
  };
  return (
    <DataTable
      caption={t("tableCaption")}
      rows={languages}
      rowKey={(row) => row.locale}
      columns={[
        {
          key: "language",
          header: t("language"),
          rowHeader: true,
          cell: (row) => (
            <>
              {t(`languages.${row.locale}`)}{" "}
              <span lang={row.locale} dir={LOCALES[row.locale].dir}>
                ({LOCALES[row.locale].name})
              </span>
            </>
          ),
        },
        { key: "status", header: t("status"), cell: status },
        { key: "updated", header: t("updated"), cell: (row) => (row.translation ? formatDateTime(row.translation.updatedAt) : "") },
        {
          key: "actions",
          header: t("actions"),
          cell: (row) => (
            <div className="translation-actions">
              <Link href={`${base}/${row.locale}`}>
                {row.translation ? t("edit") : t("add")}
                <span className="visually-hidden"> {t(`languages.${row.locale}`)}</span>
              </Link>
              {row.translation ? (
                <ActionForm action={remove} label={t("removeLabel", { language: t(`languages.${row.locale}`) })} submitLabel={t("remove")} pendingLabel={t("removing")} variant="warning" className="inline-action">
                  <input type="hidden" name="subjectId" value={subjectId} />
                  <input type="hidden" name="locale" value={row.locale} />
                </ActionForm>
              ) : null}
            </div>
          ),
        },
      ]}
    />
  );
}
