import { messagesLayout } from "@/components/layout/client-messages";

/** Entering and importing paper, phone and event responses: client forms with the survey's questions and their own words. */
export default messagesLayout(["surveyRespond", "surveyOffline"]);
