import { fileDownload } from "@/lib/auth/file-download";
import { withPermission } from "@/lib/auth/route";
import { populationTemplateCsv } from "@/lib/domain/equalities/population-template";

/** A population file to fill in: every question and answer, and the Census 2021 categories to add up for each. */
export const GET = withPermission<Record<string, never>>("equalities:population", async () => fileDownload(populationTemplateCsv(), "text/csv", "population-template.csv"));
