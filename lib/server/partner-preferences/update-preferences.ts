import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { partnerContacts } from "@/lib/db/schema";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertThemesExist, replaceContactThemes } from "@/lib/server/partners/shared/contact-rules";
import type { TPartnerPreferencesInput } from "@/lib/validations/partner-preferences";
import { lockLinkContact } from "./link-contact";

/** A contact changes what they get, through their signed link. Only an active contact: see resubscribe. */
export async function updatePreferences(input: TPartnerPreferencesInput): Promise<void> {
  await getDb().transaction(async (tx) => {
    const contact = await lockLinkContact(tx, input.token);
    if (contact.status !== "active") throw new ConflictError("problems.partnerLink.notSubscribed");
    await assertThemesExist(tx, input.themeIds);
    await tx
      .update(partnerContacts)
      .set({ frequency: input.frequency, language: input.language, allThemes: input.allThemes, sendWhenQuiet: input.sendWhenQuiet })
      .where(eq(partnerContacts.id, contact.id));
    await replaceContactThemes(tx, contact.id, input.themeIds);
    await recordAudit(tx, {
      actorId: null,
      action: "partner_contact.preferences_updated",
      subjectType: "partner_contact",
      subjectId: contact.id,
      details: { via: "link", frequency: input.frequency, language: input.language, allThemes: input.allThemes, themeIds: input.themeIds, sendWhenQuiet: input.sendWhenQuiet },
    });
  });
}
