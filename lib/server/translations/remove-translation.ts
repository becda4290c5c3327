import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { TRANSLATION_WRITE_RATE } from "./shared/store-translation-form";
import { deleteTranslation, type Subject } from "./shared/translation-store";

/** Removes a topic's or survey's translation into one language: readers of that language get the English again. */
export async function removeTranslation(officer: CurrentUser, subject: Subject, locale: Locale): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `translation:${officer.id}`, TRANSLATION_WRITE_RATE);
    if (!(await deleteTranslation(tx, subject, locale))) throw new NotFoundError("problems.contentTranslations.notFound");
    await recordAudit(tx, { actorId: officer.id, action: "translation.removed", subjectType: subject.kind, subjectId: subject.id, details: { locale } });
  });
}
