import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { partnerContactThemes, partnerContacts, themes } from "@/lib/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TPartnerPreferencesInput } from "@/lib/validations/partner-preferences";
import { lockLinkContact } from "./link-contact";

/** A contact changes what they get, through their signed link. Only an active contact: see resubscribe. */
export async function updatePreferences(input: TPartnerPreferencesInput): Promise<void> {
  await getDb().transaction(async (tx) => {
    const contact = await lockLinkContact(tx, input.token);
    if (contact.status !== "active") throw new ConflictError("You are not subscribed at the moment, so there is nothing to change. Subscribe again first.");
    if (input.themeIds.length > 0) {
      const known = await tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, input.themeIds));
      if (known.length !== input.themeIds.length) {
        throw new ValidationError("Check the answers below and try again.", { themeIds: ["One of the themes no longer exists. Choose themes from the list."] });
      }
    }
    await tx
      .update(partnerContacts)
      .set({ frequency: input.frequency, language: input.language, allThemes: input.allThemes, sendWhenQuiet: input.sendWhenQuiet })
      .where(eq(partnerContacts.id, contact.id));
    await tx.delete(partnerContactThemes).where(eq(partnerContactThemes.contactId, contact.id));
    if (input.themeIds.length > 0) await tx.insert(partnerContactThemes).values(input.themeIds.map((themeId) => ({ contactId: contact.id, themeId })));
    await recordAudit(tx, {
      actorId: null,
      action: "partner_contact.preferences_updated",
      subjectType: "partner_contact",
      subjectId: contact.id,
      details: { via: "link", frequency: input.frequency, language: input.language, allThemes: input.allThemes, themeIds: input.themeIds, sendWhenQuiet: input.sendWhenQuiet },
    });
  });
}
