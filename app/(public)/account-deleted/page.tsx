import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/layout/message-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountDeleted"))("title") };
}

/** Where a person lands after deleting their account (they are signed out by then). */
export default function AccountDeletedPage() {
  return <MessagePage namespace="accountDeleted" />;
}
