export { respondMessagesLayout as default } from "@/app/(public)/surveys/respond-messages";
