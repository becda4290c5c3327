import { MessagePage } from "@/components/layout/message-page";

/** A tampered, garbled or retired link: the same page either way, so it says nothing about who exists. */
export default function InvalidPreferenceLink() {
  return <MessagePage namespace="partnerPreferences.invalidLink" />;
}
