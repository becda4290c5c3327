import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import type { FormAction } from "@/components/ui/form-state";
import { formatDate } from "@/lib/format/dates";

type Invitation = { id: string; email: string; createdAt: Date; expiresAt: Date };

/** Invitations sent and not yet accepted: each can be withdrawn. */
export function OpenInvitations({ invitations, withdrawAction }: { invitations: Invitation[]; withdrawAction: FormAction }) {
  const t = useTranslations("organisationPage.invitations");
  if (invitations.length === 0) return <p>{t("none")}</p>;
  return (
    <DataTable
      caption={t("caption")}
      rowKey={(invitation) => invitation.id}
      rows={invitations}
      columns={[
        { key: "email", header: t("email"), rowHeader: true, cell: (invitation) => invitation.email },
        { key: "sent", header: t("sent"), cell: (invitation) => formatDate(invitation.createdAt), className: "nowrap" },
        { key: "expires", header: t("expires"), cell: (invitation) => formatDate(invitation.expiresAt), className: "nowrap" },
        {
          key: "actions",
          header: t("actions"),
          cell: (invitation) => (
            <ActionForm action={withdrawAction} label={t("withdrawLabel", { email: invitation.email })} submitLabel={t("withdraw")} pendingLabel={t("withdrawing")} className="action-form action-form--inline">
              <input type="hidden" name="invitationId" value={invitation.id} />
            </ActionForm>
          ),
        },
      ]}
    />
  );
}
