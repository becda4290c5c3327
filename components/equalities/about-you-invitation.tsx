"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { InvitationWords } from "./invitation-state";

/**
 * The one-time invitation to answer the "about you" questions, after a first comment or survey
 * response: a link to the questions, or "No thanks", which records the answer and says so. Works
 * without JavaScript (a plain form). Its words come from the server with it, so no messages are sent for it.
 */
export function AboutYouInvitation({ action, words }: { action: FormAction; words: InvitationWords }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <section className="invitation" aria-labelledby="about-you-invitation">
      <h2 id="about-you-invitation" className="heading-s">
        {words.title}
      </h2>
      {state.status === "success" ? (
        <FormMessage state={state} labels={{}} />
      ) : (
        <>
          <FormMessage state={state} labels={{}} />
          <p>{words.body}</p>
          <form action={formAction} className="button-row" aria-label={words.title}>
            <Link href="/profile/about-you" className="button button--primary">
              {words.start}
            </Link>
            <SubmitButton variant="secondary" pendingLabel={words.declining}>
              {words.decline}
            </SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
