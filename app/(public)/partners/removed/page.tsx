import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/layout/message-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contactErased"))("title") };
}

/** Where a partner contact lands after removing themselves from their preferences link. */
export default function ContactRemovedPage() {
  return <MessagePage namespace="contactErased" />;
}
