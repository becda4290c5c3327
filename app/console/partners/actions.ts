"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { requestTranslator } from "@/lib/auth/error-response";
import { translate } from "@/lib/i18n/translate";
import type { ImportState } from "@/lib/domain/partners/import-state";
import { addPartnerContact } from "@/lib/server/partners/add-partner-contact";
import { importPartnerContacts } from "@/lib/server/partners/import-partner-contacts";
import { previewContactImport } from "@/lib/server/partners/preview-contact-import";
import { removePartnerContact } from "@/lib/server/partners/remove-partner-contact";
import { savePartnerOrganisation } from "@/lib/server/partners/save-partner-organisation";
import { updatePartnerContact } from "@/lib/server/partners/update-partner-contact";
import { ZContactImport, ZContactInput, ZContactRef, ZOrganisationInput, ZOrganisationRef } from "@/lib/validations/partner";

const refresh = (organisationId?: string) => {
  revalidatePath("/console/partners");
  if (organisationId) revalidatePath(`/console/partners/${organisationId}`);
};

export const createOrganisationAction = formAction("partner:manage", ZOrganisationInput, async (input, { user }) => {
  const organisation = await savePartnerOrganisation(user, input);
  refresh();
  redirect(`/console/partners/${organisation.id}?saved=created`);
});

export const updateOrganisationAction = formAction("partner:manage", ZOrganisationInput.and(ZOrganisationRef), async (input, { user }) => {
  await savePartnerOrganisation(user, input, input.organisationId);
  refresh(input.organisationId);
  return { status: "success", message: (await getTranslations("partners"))("organisationSaved") };
});

export const addContactAction = formAction("partner:manage", ZContactInput.and(ZOrganisationRef), async (input, { user }) => {
  await addPartnerContact(user, input.organisationId, input);
  refresh(input.organisationId);
  redirect(`/console/partners/${input.organisationId}?saved=contact-added#contacts`);
});

export const updateContactAction = formAction("partner:manage", ZContactInput.and(ZContactRef), async (input, { user }) => {
  const contact = await updatePartnerContact(user, input.contactId, input);
  refresh(contact.organisationId);
  redirect(`/console/partners/${contact.organisationId}?saved=contact-updated#contacts`);
});

export const removeContactAction = formAction("partner:manage", ZContactRef, async (input, { user }) => {
  const contact = await removePartnerContact(user, input.contactId);
  refresh(contact.organisationId);
  redirect(`/console/partners/${contact.organisationId}?saved=contact-removed#contacts`);
});

/** Both steps of an import: "preview" reads the upload, "import" checks the same text again and saves. */
export const importContactsAction = formAction<typeof ZContactImport, ImportState>("partner:manage", ZContactImport, async (input, { user }) => {
  if (input.step === "preview") {
    const preview = await previewContactImport(input.organisationId, input.file);
    // The rows' problems are messages: translated here, for the preview table to show as they are.
    const t = await requestTranslator();
    const rows = preview.rows.map(({ line, cells, errors }) => ({ line, cells, errors: errors.map((error) => translate(t, error)) }));
    return { status: "preview", fileName: preview.fileName, text: preview.text, valid: preview.valid, rows };
  }
  const result = await importPartnerContacts(user, input.organisationId, input.csv);
  refresh(input.organisationId);
  return { status: "imported", ...result };
});
