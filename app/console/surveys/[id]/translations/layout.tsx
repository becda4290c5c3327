import { messagesLayout } from "@/components/layout/client-messages";

/** The translation form and the list's remove buttons, as well as the survey console's own. */
export default messagesLayout(["surveyBuilder", "surveyRespond", "editor", "contentTranslations"]);
