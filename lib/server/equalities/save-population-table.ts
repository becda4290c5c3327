import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, populationTables } from "@/lib/db/schema";
import { MAX_POPULATION_CSV_BYTES, parsePopulationCsv, type PopulationCsvRow } from "@/lib/domain/equalities/parse-population-csv";
import { readCsvFile } from "@/lib/domain/partners/read-csv-file";
import { fieldProblem, ForbiddenError, ValidationError, type Message } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TPopulationUpload } from "@/lib/validations/equalities";

/** What became of an upload: saved, or refused with every bad row (its number, what it said, why) and the file's other problems. */
export type PopulationUpload = { saved: true; questions: number } | { saved: false; fileName: string; rowCount: number; badRows: PopulationCsvRow[]; problems: Message[] };

/**
 * Saves a population file as the area's table (the whole area's, or a neighbourhood's), replacing
 * the one before, and records it in the audit log. A file with any problem saves nothing: every bad
 * row comes back with its problems. A file that cannot be read at all is a problem of the file field.
 */
export async function savePopulationTable(user: CurrentUser, input: TPopulationUpload): Promise<PopulationUpload> {
  if (!can(user.role, "equalities:population")) throw new ForbiddenError();
  const read = await readCsvFile(input.file, MAX_POPULATION_CSV_BYTES);
  if (!read.ok) throw new ValidationError(read.error, { file: [read.error] });
  const parsed = parsePopulationCsv(read.text);
  if (!parsed.ok) throw new ValidationError(parsed.error, { file: [parsed.error] });
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `population:${user.id}`, { limit: 30, windowSeconds: 600 });
    if (input.area) {
      const [place] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.id, input.area));
      if (!place) throw new ValidationError("validation.population.area", fieldProblem("area", "validation.population.area"));
    }
    const { counts } = parsed;
    if (!counts) return { saved: false, fileName: input.file.name, rowCount: parsed.rows.length, badRows: parsed.rows.filter((row) => row.errors.length > 0), problems: parsed.problems };
    const values = { source: input.source, fileName: input.file.name, counts, uploadedBy: user.id, uploadedAt: new Date() };
    const [table] = await tx
      .insert(populationTables)
      .values({ neighbourhoodId: input.area, ...values })
      .onConflictDoUpdate({ target: populationTables.neighbourhoodId, set: values })
      .returning({ id: populationTables.id });
    const questions = Object.keys(counts).length;
    await recordAudit(tx, { actorId: user.id, action: "population.uploaded", subjectType: "population_table", subjectId: table?.id ?? "", details: { neighbourhoodId: input.area, source: input.source, questions } });
    return { saved: true, questions };
  });
}
