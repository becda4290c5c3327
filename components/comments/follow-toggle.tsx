"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE } from "@/components/ui/form-state";
import { FOLLOW_BUTTON_ID } from "@/lib/domain/comments/viewer-slots";
import { useViewer } from "./viewer-state";

/** Follow the topic (an email when its outcome is published): a toggle button, pressed while following. */
export function FollowToggle({ topicId }: { topicId: string }) {
  const t = useTranslations("comments");
  const viewer = useViewer();
  const [state, follow, pending] = useActionState(viewer.follow, IDLE);
  return (
    <form action={follow} className="inline-action" aria-label={t("followFormLabel")}>
      <FormMessage state={state} labels={{}} />
      <input type="hidden" name="topicId" value={topicId} />
      <button id={FOLLOW_BUTTON_ID} aria-pressed={viewer.following} type="submit" className="button button--secondary toggle-button" aria-disabled={pending || undefined}>
        {t("follow")}
      </button>
    </form>
  );
}
