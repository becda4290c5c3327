import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/components/ui/form-state";
import { AboutYouInvitation } from "./about-you-invitation";
import type { InvitationWords } from "./invitation-state";

/** The invitation's words in the request's language. */
export async function invitationWords(): Promise<InvitationWords> {
  const t = await getTranslations("aboutYou.invitation");
  return { title: t("title"), body: t("body"), start: t("start"), decline: t("decline"), declining: t("declining") };
}

/** The invitation on a server-rendered page (the survey's confirmation); `action` records "No thanks". */
export async function AboutYouInvitationPanel({ action }: { action: FormAction }) {
  return <AboutYouInvitation action={action} words={await invitationWords()} />;
}
