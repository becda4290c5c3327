import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResponseImport } from "@/components/surveys/offline/response-import";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { translate } from "@/lib/i18n/translate";
import { requestTranslator } from "@/lib/auth/error-response";
import { importColumns } from "@/lib/domain/surveys/offline/import-columns";
import { MAX_RESPONSE_CSV_BYTES, MAX_RESPONSE_CSV_ROWS } from "@/lib/domain/surveys/offline/parse-responses-csv";
import { getSurveyPreview } from "@/lib/server/surveys/respond/get-survey-preview";
import { importResponsesAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyOffline.import"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** Paper, phone and event responses from a spreadsheet: the template, what each column takes, and the two-step import. */
export default async function ImportResponsesPage({ params }: Props) {
  const { id } = await params;
  await requirePermission("survey:enter-responses", `/console/surveys/${id}/responses/import`);
  const survey = await orNotFound(() => getSurveyPreview(id), id);
  const [t, translator] = await Promise.all([getTranslations("surveyOffline.import"), requestTranslator()]);
  const columns = importColumns(survey.definition, survey.asksOrganisation);
  return (
    <>
      <PageHeader
        title={t("title")}
        lede={t("intro")}
        actions={
          <span className="button-row">
            <a className="button button--secondary" href={`/api/console/surveys/${survey.id}/responses-template.csv`} download>
              {t("template")}
            </a>
            <Link className="button button--secondary" href={`/console/surveys/${survey.id}/responses/new`}>
              {t("enterOne")}
            </Link>
          </span>
        }
      />
      <p>{t("rules", { rows: MAX_RESPONSE_CSV_ROWS, megabytes: MAX_RESPONSE_CSV_BYTES / 1024 / 1024 })}</p>
      <p>{t("again")}</p>
      <DataTable
        caption={t("columnsCaption")}
        rows={columns}
        rowKey={(column) => column.name}
        columns={[
          { key: "column", header: t("column"), rowHeader: true, cell: (column) => <code>{column.name}</code> },
          { key: "question", header: t("question"), cell: (column) => column.question?.title ?? t(`own.${column.name === "channel" || column.name === "received" ? column.name : "organisation"}`) },
          { key: "takes", header: t("takes"), cell: (column) => translate(translator, column.takes) },
          { key: "required", header: t("required"), cell: (column) => (column.required ? t("yes") : t("no")) },
        ]}
      />
      {survey.status === "draft" ? <p className="notice">{t("notPublished")}</p> : <ResponseImport action={importResponsesAction} surveyId={survey.id} />}
    </>
  );
}
