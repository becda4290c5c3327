import "server-only";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { readContact } from "@/lib/server/partners/shared/read-contacts";

/** One contact for its edit form, with the organisation it belongs to and its chosen themes. */
export async function getPartnerContact(contactId: string) {
  const contact = await readContact(getDb(), contactId);
  if (!contact) throw new NotFoundError("problems.partnerContact.notFound");
  return contact;
}
