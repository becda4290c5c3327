import { createHmac } from "node:crypto";
import { sql } from "./db";
import { E2E_AUTH_SECRET } from "./settings";

/**
 * The signed link token for a partner contact, made as lib/server/partners/contact-link.ts makes it
 * (that module is server-only): the contact id, a dot, and an HMAC of it under the server's secret.
 */
export function contactToken(contactId: string): string {
  const signature = createHmac("sha256", E2E_AUTH_SECRET).update(`partner-contact-link:v1:${contactId}`).digest("base64url");
  return `${contactId}.${signature}`;
}

/** A contact at a seeded organisation, inserted directly: the preference journey needs no officer. */
export async function createPartnerContact(name: string, status: "active" | "bounced" = "active"): Promise<{ id: string; organisation: string }> {
  const email = `partner-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.net`;
  const rows = await sql<{ id: string; organisation: string }[]>`
    insert into partner_contacts (organisation_id, name, email, frequency, all_themes, status)
    select id, ${name}, ${email}, 'monthly', true, ${status} from organisations order by name limit 1
    returning id, (select name from organisations o where o.id = organisation_id) as organisation`;
  const row = rows[0];
  if (!row) throw new Error("No organisation to add the contact to: is the e2e database seeded?");
  return row;
}

export async function contactStatus(id: string): Promise<string | undefined> {
  const rows = await sql<{ status: string }[]>`select status from partner_contacts where id = ${id}`;
  return rows[0]?.status;
}
