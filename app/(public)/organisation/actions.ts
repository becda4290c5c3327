"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { acceptInvitation } from "@/lib/server/organisations/accept-invitation";
import { changeMember } from "@/lib/server/organisations/change-member";
import { decideJoinRequest } from "@/lib/server/organisations/decide-join-request";
import { inviteColleague } from "@/lib/server/organisations/invite-colleague";
import { leaveOrganisation } from "@/lib/server/organisations/leave-organisation";
import { registerOrganisation } from "@/lib/server/organisations/register-organisation";
import { requestToJoin } from "@/lib/server/organisations/request-to-join";
import { updateOrganisationDetails } from "@/lib/server/organisations/update-organisation-details";
import { withdrawInvitation } from "@/lib/server/organisations/withdraw-invitation";
import { withdrawJoinRequest } from "@/lib/server/organisations/withdraw-join-request";
import { sendSurveyToContacts } from "@/lib/server/partner-portal/send-survey-to-contacts";
import { ZInvitation, ZInvitationRef, ZInvitationToken, ZJoinDecision, ZJoinRequest, ZMemberChange, ZOrganisationDetails } from "@/lib/validations/organisation";

/** Back to the organisation page with a notice saying what happened (see NOTICES there). */
function done(notice: string, anchor = ""): never {
  revalidatePath("/organisation");
  redirect(`/organisation?done=${notice}${anchor}`);
}

export const registerOrganisationAction = formAction("organisation:belong", ZOrganisationDetails, async (input, { user }) => {
  await registerOrganisation(user, input);
  done("registered");
});

export const updateOrganisationAction = formAction("organisation:belong", ZOrganisationDetails, async (input, { user }) => {
  const { needsVerification } = await updateOrganisationDetails(user, input);
  done(needsVerification ? "saved-to-verify" : "saved");
});

export const requestToJoinAction = formAction("organisation:belong", ZJoinRequest, async (input, { user }) => {
  const { outcome } = await requestToJoin(user, input);
  done(outcome);
});

export const withdrawJoinRequestAction = formAction("organisation:belong", z.object({}), async (_input, { user }) => {
  await withdrawJoinRequest(user);
  done("request-withdrawn");
});

export const decideJoinRequestAction = formAction("organisation:belong", ZJoinDecision, async (input, { user }) => {
  await decideJoinRequest(user, input);
  done(input.decision === "approve" ? "request-approved" : "request-declined", "#requests");
});

export const inviteColleagueAction = formAction("organisation:belong", ZInvitation, async (input, { user }) => {
  await inviteColleague(user, input);
  done("invited", "#invitations");
});

export const withdrawInvitationAction = formAction("organisation:belong", ZInvitationRef, async (input, { user }) => {
  await withdrawInvitation(user, input);
  done("invitation-withdrawn", "#invitations");
});

export const changeMemberAction = formAction("organisation:belong", ZMemberChange, async (input, { user }) => {
  await changeMember(user, input);
  done(input.change === "remove" ? "removed" : "role-changed", "#people");
});

export const leaveOrganisationAction = formAction("organisation:belong", z.object({}), async (_input, { user }) => {
  await leaveOrganisation(user);
  done("left");
});

export const acceptInvitationAction = formAction("organisation:belong", z.object({ token: ZInvitationToken }), async (input, { user }) => {
  await acceptInvitation(user, input.token);
  done("accepted");
});

export const sendSurveyToContactsAction = formAction("organisation:belong", z.object({ surveyId: z.uuid("validation.ids.survey") }), async (input, { user }) => {
  const { queued } = await sendSurveyToContacts(user, input);
  revalidatePath("/organisation/network");
  redirect(`/organisation/network?sent=${queued}#send`);
});
