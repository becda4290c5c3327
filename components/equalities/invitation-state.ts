import type { FormState } from "@/components/ui/form-state";

/** The invitation's words, in the person's language: the server sends them only when it invites. */
export type InvitationWords = { title: string; body: string; start: string; decline: string; declining: string };

/** A form's success that also invites the person to answer the "about you" questions (after their first comment). */
export type InvitingState = { status: "success"; message: string; invite: InvitationWords };

export function isInviting(state: FormState | InvitingState): state is InvitingState {
  return state.status === "success" && "invite" in state;
}
