import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import type { FormAction } from "@/components/ui/form-state";
import type { RecipientStatus } from "@/lib/domain/campaigns/recipient-status";

type Recipient = { id: string; email: string; name: string | null; organisationName: string | null; listName: string; remindersSent: number; status: RecipientStatus; revocable: boolean };
type Props = { recipients: Recipient[]; surveyId: string; campaignId: string; revokeAction: FormAction; caption: string };

/** The campaign's recipients: who, from which list, how far they got, and a way to end each one's link. */
export function RecipientsTable({ recipients, surveyId, campaignId, revokeAction, caption }: Props) {
  const t = useTranslations("campaigns.recipients");
  return (
    <DataTable
      caption={caption}
      rows={recipients}
      rowKey={(recipient) => recipient.id}
      columns={[
        { key: "email", header: t("email"), rowHeader: true, cell: (recipient) => recipient.email },
        { key: "name", header: t("name"), cell: (recipient) => [recipient.name, recipient.organisationName].filter(Boolean).join(", ") },
        { key: "list", header: t("list"), cell: (recipient) => recipient.listName },
        { key: "status", header: t("status"), cell: (recipient) => <span className={`status status--${recipient.status}`}>{t(`statuses.${recipient.status}`)}</span> },
        { key: "reminders", header: t("reminders"), cell: (recipient) => recipient.remindersSent },
        {
          key: "link",
          header: t("link"),
          cell: (recipient) =>
            recipient.revocable ? (
              <ActionForm action={revokeAction} label={t("revokeLabel", { email: recipient.email })} submitLabel={t("revoke")} pendingLabel={t("revoking")} variant="warning">
                <input type="hidden" name="surveyId" value={surveyId} />
                <input type="hidden" name="campaignId" value={campaignId} />
                <input type="hidden" name="recipientId" value={recipient.id} />
              </ActionForm>
            ) : null,
        },
      ]}
    />
  );
}
