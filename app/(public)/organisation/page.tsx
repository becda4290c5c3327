import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/organisations/invitations";
import { JoinOptions } from "@/components/organisations/join-options";
import { JoinRequests } from "@/components/organisations/join-requests";
import { OpenInvitations } from "@/components/organisations/open-invitations";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { OrganisationSummary } from "@/components/organisations/organisation-summary";
import { PeopleList } from "@/components/organisations/people-list";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { canInOrganisation } from "@/lib/domain/access/policy";
import { findOrganisationsToJoin } from "@/lib/server/organisations/find-organisations-to-join";
import { getMyOrganisation } from "@/lib/server/organisations/get-my-organisation";
import {
  changeMemberAction,
  decideJoinRequestAction,
  inviteColleagueAction,
  leaveOrganisationAction,
  requestToJoinAction,
  withdrawInvitationAction,
  withdrawJoinRequestAction,
} from "./actions";
import { organisationLabels } from "./choice-lists";
import "@/app/styles/organisations.css";

type Props = { searchParams: Promise<{ done?: string; q?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisationPage"))("title") };
}

/** What the actions tell the page they did: `?done=<notice>`. */
const NOTICES = [
  "registered",
  "saved",
  "saved-to-verify",
  "joined",
  "requested",
  "request-withdrawn",
  "request-approved",
  "request-declined",
  "invited",
  "invitation-withdrawn",
  "removed",
  "role-changed",
  "left",
  "accepted",
] as const;

export default async function OrganisationPage({ searchParams }: Props) {
  const user = await requirePermission("organisation:belong", "/organisation");
  const { done, q = "" } = await searchParams;
  const t = await getTranslations("organisationPage");
  const noticeKey = NOTICES.find((key) => key === done);
  const notice = noticeKey ? t(`notices.${noticeKey}`) : null;
  const mine = await getMyOrganisation(user);
  if (!mine) {
    const options = await findOrganisationsToJoin(user, q);
    return (
      <div className="narrow">
        <PageHeader title={t("title")} notice={notice} lede={t("outsiderIntro")} />
        <JoinOptions search={q} candidates={options.candidates} pending={options.pending} joinAction={requestToJoinAction} withdrawAction={withdrawJoinRequestAction} />
      </div>
    );
  }
  const { organisation, role } = mine;
  const administers = canInOrganisation(role, "organisation:manage-people");
  return (
    <>
      <PageHeader title={organisation.name} notice={notice} lede={t("memberIntro", { role: t(`people.roles.${role}`) })} />
      {organisation.kind === "partner" && organisation.verification !== "rejected" ? <OrganisationNav current="overview" /> : null}
      <OrganisationSummary details={{ ...organisation, ...(await organisationLabels(organisation)) }} />
      {canInOrganisation(role, "organisation:edit") ? (
        <p>
          <Link href="/organisation/edit">{t("editLink")}</Link>
        </p>
      ) : null}
      <h2 id="people">{t("people.title")}</h2>
      <PeopleList people={mine.people} changeAction={administers ? changeMemberAction : null} />
      {canInOrganisation(role, "organisation:decide-join") ? (
        <>
          <h2 id="requests">{t("requests.title")}</h2>
          <JoinRequests requests={mine.joinRequests} decideAction={decideJoinRequestAction} />
        </>
      ) : null}
      {canInOrganisation(role, "organisation:invite") ? (
        <>
          <h2 id="invitations">{t("invitations.title")}</h2>
          <p>{t("invitations.intro")}</p>
          <InviteForm action={inviteColleagueAction} />
          <OpenInvitations invitations={mine.invitations} withdrawAction={withdrawInvitationAction} />
        </>
      ) : null}
      <h2>{t("leave.title")}</h2>
      <p>{t(`leave.body.${organisation.kind}`)}</p>
      <ActionForm action={leaveOrganisationAction} label={t("leave.label")} submitLabel={t("leave.button")} pendingLabel={t("leave.pending")} variant="warning" />
    </>
  );
}
