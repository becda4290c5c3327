import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import type { FormAction } from "@/components/ui/form-state";
import { formatDateTime } from "@/lib/format/dates";

type Request = { id: string; name: string | null; email: string; message: string; createdAt: Date };

/** Requests to join, waiting for an administrator: approve or decline each. */
export function JoinRequests({ requests, decideAction }: { requests: Request[]; decideAction: FormAction }) {
  const t = useTranslations("organisationPage.requests");
  if (requests.length === 0) return <p>{t("none")}</p>;
  const decide = (request: Request, decision: "approve" | "decline") => (
    <ActionForm key={decision} action={decideAction} label={t(`${decision}Label`, { name: request.name ?? request.email })} submitLabel={t(decision)} pendingLabel={t("pending")} variant={decision === "approve" ? "primary" : "secondary"} className="action-form action-form--inline">
      <input type="hidden" name="requestId" value={request.id} />
      <input type="hidden" name="decision" value={decision} />
    </ActionForm>
  );
  return (
    <DataTable
      caption={t("caption")}
      rowKey={(request) => request.id}
      rows={requests}
      columns={[
        { key: "name", header: t("person"), rowHeader: true, cell: (request) => request.name ?? request.email },
        { key: "email", header: t("email"), cell: (request) => request.email },
        { key: "message", header: t("message"), cell: (request) => request.message || t("noMessage") },
        { key: "when", header: t("when"), cell: (request) => formatDateTime(request.createdAt), className: "nowrap" },
        { key: "actions", header: t("actions"), cell: (request) => <div className="button-row">{[decide(request, "approve"), decide(request, "decline")]}</div> },
      ]}
    />
  );
}
