import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/auth/or-not-found";
import { can } from "@/lib/domain/access/policy";
import { formatDate } from "@/lib/format/dates";
import { getInvitation } from "@/lib/server/organisations/get-invitation";
import { ZInvitationToken } from "@/lib/validations/organisation";
import { acceptInvitationAction } from "../../actions";

type Props = { params: Promise<{ token: string }> };

export const metadata: Metadata = { robots: { index: false } };

/**
 * An invitation link: who invited whom to which organisation, and, for the invited person signed
 * in with that address, the button to accept. Anyone else is told what to do instead.
 */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  if (!ZInvitationToken.safeParse(token).success) notFound();
  const user = await getCurrentUser();
  const invitation = await orNotFound(() => getInvitation(token, user));
  const t = await getTranslations("organisationPage.invitation");
  const here = `/organisation/invitations/${token}`;
  const body =
    invitation.state !== "open" ? (
      <p>{t(`states.${invitation.state}`)}</p>
    ) : invitation.forYou === null ? (
      <>
        <p>{t("signIn", { email: invitation.email })}</p>
        <p>
          <Link className="button button--primary" href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
            {t("signInLink")}
          </Link>
        </p>
      </>
    ) : !invitation.forYou ? (
      <p>{t("otherAddress", { email: invitation.email })}</p>
    ) : !user || !can(user.role, "organisation:belong") ? (
      <p>{t("staff")}</p>
    ) : (
      <ActionForm action={acceptInvitationAction} label={t("acceptLabel")} submitLabel={t("accept")} pendingLabel={t("accepting")} variant="primary">
        <input type="hidden" name="token" value={token} />
      </ActionForm>
    );
  return (
    <div className="narrow">
      <PageHeader
        title={t("title", { organisation: invitation.organisation })}
        lede={invitation.inviter ? t("fromInviter", { inviter: invitation.inviter, organisation: invitation.organisation }) : t("from", { organisation: invitation.organisation })}
      >
        {invitation.state === "open" ? <p>{t("expires", { date: formatDate(invitation.expiresAt) })}</p> : null}
      </PageHeader>
      {body}
    </div>
  );
}
