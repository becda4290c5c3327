import { getLocale, getTranslations } from "next-intl/server";
import { fileDownload } from "@/lib/auth/file-download";
import { withPermission } from "@/lib/auth/route";
import { renderPersonalDataHtml, type PersonalDataLabels } from "@/lib/domain/profile/personal-data-html";
import { PERSONAL_DATA_SECTIONS, type PersonalData } from "@/lib/domain/profile/personal-data";
import { getPersonalData } from "@/lib/server/profile/get-personal-data";
import { answerLabel } from "@/components/equalities/answer-label";
import { isQuestion } from "@/lib/domain/equalities/questions";

const FIELDS = [
  "name", "email", "role", "neighbourhood", "organisation", "organisationRole", "language", "joined", "message", "askedAt", "answeredAt", "expiresAt", "acceptedAt", "withdrawnAt", "invitedAt", "unsubscribedAt", "topic", "body", "status", "postedAt", "editedAt", "earlierWordings", "comment", "markedAt",
  "reason", "details", "reportedAt", "survey", "reference", "answers", "startedAt", "submittedAt", "question", "before", "after", "changedAt", "since", "wording", "version", "givenAt", "subject", "category", "createdAt", "sentAt", "text",
  "answer", "savedAt", "declinedAt",
] as const;

async function labels(): Promise<PersonalDataLabels> {
  const t = await getTranslations("yourData.file");
  return {
    title: t("title"),
    generated: t("generated"),
    none: t("none"),
    sections: Object.fromEntries(PERSONAL_DATA_SECTIONS.map((key) => [key, t(`sections.${key}`)])) as PersonalDataLabels["sections"],
    fields: Object.fromEntries(FIELDS.map((key) => [key, t(`fields.${key}`)])),
  };
}

/** The readable copy gives the "about you" questions and answers in words; the JSON keeps their keys. */
async function inWords(data: PersonalData): Promise<PersonalData> {
  const t = await getTranslations("aboutYou");
  const aboutYou = data.aboutYou.map((row) => (isQuestion(row.question) ? { ...row, question: t(`short.${row.question}`), answer: answerLabel(t, row.question, row.answer) } : row));
  return { ...data, aboutYou };
}

/**
 * "Your data": everything held about the signed-in person, as a download.
 *   GET /api/profile/data?format=json   the machine-readable copy
 *   GET /api/profile/data?format=html   a readable page (no scripts, every value escaped)
 */
export const GET = withPermission<Record<string, never>>("profile:edit", async (request, { user }) => {
  const format = new URL(request.url).searchParams.get("format") === "html" ? "html" : "json";
  const data: PersonalData = await getPersonalData(user);
  const day = data.generatedAt.slice(0, 10);
  if (format === "json") return fileDownload(JSON.stringify(data, null, 2), "application/json", `lets-talk-your-data-${day}.json`);
  return fileDownload(renderPersonalDataHtml(await inWords(data), await labels(), await getLocale()), "text/html", `lets-talk-your-data-${day}.html`);
});
