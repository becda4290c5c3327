import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { changeStatusAction, publishOutcomeAction, removeDocumentAction, updateTopicAction, uploadDocumentAction } from "@/app/console/topics/actions";
import { OutcomeForm } from "@/components/topics/outcome-form";
import { TopicForm } from "@/components/topics/topic-form";
import { ActionForm } from "@/components/ui/action-form";
import { FileInput } from "@/components/ui/file-input";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getTopicForEdit } from "@/lib/server/topics/get-topic-for-edit";
import { getTopicFormOptions } from "@/lib/server/topics/get-topic-form-options";
import { listTopicDocuments } from "@/lib/server/topics/list-topic-documents";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/file-type";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleTopics"))("edit") };
}

/** The one lifecycle step each status offers; an outcome is published with its own form below. */
const NEXT_STEP = { draft: "publish", open: "close", closed: "reopen", outcome: null } as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditTopicPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("topic:manage", `/console/topics/${id}`);
  const t = await getTranslations("consoleTopics");
  const status = await getTranslations("topic.status");
  const tTranslations = await getTranslations("contentTranslations");
  const tInsight = await getTranslations("insight");
  const tReport = await getTranslations("consoleReport");
  const topic = await orNotFound(() => getTopicForEdit(id), id);
  const [options, documents] = await Promise.all([getTopicFormOptions(), listTopicDocuments(topic.id)]);
  const created = (await searchParams).saved === "created";
  const step = NEXT_STEP[topic.status];
  return (
    <>
      <PageHeader
        title={topic.title}
        back={{ href: "/console/topics", label: t("back") }}
        notice={created ? t("created") : null}
      >
        <p>
          <span className={`status status--${topic.status}`}>{status(topic.status)}</span>{" "}
          {topic.status !== "draft" ? <Link href={`/topics/${topic.slug}`}>{t("viewPublic")}</Link> : null}
        </p>
        <p>
          <Link href={`/console/topics/${topic.id}/translations`}>{tTranslations("topicLink")}</Link>
        </p>
        <p>
          <Link href={`/console/topics/${topic.id}/analysis`}>{tInsight("links.topic")}</Link>
        </p>
        <p>
          <Link href={`/console/topics/${topic.id}/report`}>{tReport("link")}</Link>
        </p>
      </PageHeader>
      {step ? (
        // One form whatever the step, so its result stays on screen after the status moves on.
        <ActionForm action={changeStatusAction} label={t("lifecycleLabel")} submitLabel={t(`changes.${step}`)} pendingLabel={t("saving")} variant={step === "publish" ? "primary" : "secondary"} className="lifecycle">
          <input type="hidden" name="topicId" value={topic.id} />
          <input type="hidden" name="change" value={step} />
        </ActionForm>
      ) : null}
      <h2>{t("documentsTitle")}</h2>
      <p>{t("documentsIntro")}</p>
      {documents.length === 0 ? <p>{t("noDocuments")}</p> : null}
      <ul className="word-list">
        {documents.map((document) => (
          <li key={document.id}>
            <a href={`/api/documents/${document.id}`}>{document.originalName}</a>
            <ActionForm action={removeDocumentAction} label={t("removeLabel", { name: document.originalName })} submitLabel={t("remove")} pendingLabel={t("saving")} className="inline-action">
              <input type="hidden" name="documentId" value={document.id} />
            </ActionForm>
          </li>
        ))}
      </ul>
      <ActionForm action={uploadDocumentAction} label={t("uploadFormLabel")} submitLabel={t("upload")} pendingLabel={t("uploading")} labels={{ file: t("fileLabel") }}>
        <input type="hidden" name="topicId" value={topic.id} />
        <div className="form-group">
          <label className="label" htmlFor="file">
            {t("fileLabel")}
          </label>
          <FileInput
            id="file"
            name="file"
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
            maxBytes={MAX_UPLOAD_BYTES}
            tooLargeMessage={t("fileTooLarge")}
          />
        </div>
      </ActionForm>
      <h2>{t("details")}</h2>
      <TopicForm action={updateTopicAction} values={topic} options={options} submitLabel={t("save")} hidden={{ topicId: topic.id }} />
      {topic.status !== "draft" ? (
        <>
          <h2>{t("outcomeTitle")}</h2>
          <p>{t("outcomeIntro")}</p>
          <OutcomeForm action={publishOutcomeAction} topicId={topic.id} initial={topic.outcome} />
        </>
      ) : null}
    </>
  );
}
