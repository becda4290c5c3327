import { messagesLayout } from "@/components/layout/client-messages";

/**
 * The layout of the survey pages with answer forms (client components with their own text): each
 * of those segments' layout.tsx re-exports it. The start page, the list and the results have none,
 * so they send no translations and load no translation library in the browser.
 */
export const respondMessagesLayout = messagesLayout(["surveyRespond"]);
