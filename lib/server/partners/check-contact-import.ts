import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { organisations, themes } from "@/lib/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { alreadyContactMessage, parseContactsCsv, type ContactCsvRow } from "@/lib/domain/partners/parse-contacts-csv";
import { existingContacts } from "@/lib/server/partners/shared/contact-rules";

/**
 * Reads an import file for an organisation and checks every row, including against the database
 * (an address that is already someone's contact). A file that cannot be read at all is a
 * ValidationError on the file field.
 */
export async function checkContactImport(tx: Executor, organisationId: string, text: string): Promise<{ organisation: { id: string; name: string }; rows: ContactCsvRow[] }> {
  const [organisation] = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new NotFoundError("problems.organisation.notFound");
  const themeRefs = await tx.select({ id: themes.id, slug: themes.slug, name: themes.name }).from(themes).orderBy(asc(themes.sortOrder));
  const csv = parseContactsCsv(text, themeRefs);
  if (!csv.ok) throw new ValidationError(csv.error, { file: [csv.error] });
  const taken = await existingContacts(
    tx,
    csv.rows.flatMap((row) => (row.contact ? [row.contact.email] : [])),
  );
  const rows = csv.rows.map((row) => {
    const owner = row.contact ? taken.get(row.contact.email) : undefined;
    return owner === undefined || !row.contact ? row : { ...row, contact: null, errors: [alreadyContactMessage(row.contact.email, owner)] };
  });
  return { organisation, rows };
}
