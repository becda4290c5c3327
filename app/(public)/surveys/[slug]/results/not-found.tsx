import { MessagePage } from "@/components/layout/message-page";

/** Results not published (or no such survey): say so plainly. */
export default function ResultsNotFound() {
  return <MessagePage namespace="publicResults.notPublished" />;
}
