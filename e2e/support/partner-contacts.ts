import { createHmac } from "node:crypto";
import { createOrganisation, sql } from "./db";
import { E2E_AUTH_SECRET } from "./settings";

/**
 * The signed link token for a partner contact, made as lib/server/partners/contact-link.ts makes it
 * (that module is server-only): the contact id, a dot, and an HMAC of it under the server's secret.
 */
export function contactToken(contactId: string): string {
  const signature = createHmac("sha256", E2E_AUTH_SECRET).update(`partner-contact-link:v1:${contactId}`).digest("base64url");
  return `${contactId}.${signature}`;
}

/** A contact at an organisation of its own, inserted directly: the preference journey needs no officer. */
export async function createPartnerContact(name: string, status: "active" | "bounced" = "active"): Promise<{ id: string; organisation: string }> {
  const organisation = await createOrganisation();
  const email = `partner-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.net`;
  const rows = await sql<{ id: string }[]>`
    insert into partner_contacts (organisation_id, name, email, frequency, all_themes, status)
    values (${organisation.id}, ${name}, ${email}, 'monthly', true, ${status})
    returning id`;
  const row = rows[0];
  if (!row) throw new Error("The contact was not created");
  return { id: row.id, organisation: organisation.name };
}

export async function contactStatus(id: string): Promise<string | undefined> {
  const rows = await sql<{ status: string }[]>`select status from partner_contacts where id = ${id}`;
  return rows[0]?.status;
}
