"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { requestTranslator } from "@/lib/auth/error-response";
import type { PopulationRefusedState } from "@/lib/domain/equalities/population-upload-state";
import { translate } from "@/lib/i18n/translate";
import { removePopulationTable } from "@/lib/server/equalities/remove-population-table";
import { savePopulationTable } from "@/lib/server/equalities/save-population-table";
import { ZPopulationRef, ZPopulationUpload } from "@/lib/validations/equalities";

const PAGE = "/console/equalities/population";

/** Uploading the area's population figures: saved whole, or refused row by row with nothing saved. */
export const uploadPopulationAction = formAction<typeof ZPopulationUpload, PopulationRefusedState>("equalities:population", ZPopulationUpload, async (input, { user }) => {
  const result = await savePopulationTable(user, input);
  if (result.saved) redirect(`${PAGE}?saved=uploaded`);
  // The problems are messages: translated here, for the page to show them as they are.
  const t = await requestTranslator();
  return {
    status: "refused",
    message: (await getTranslations("equalities.population"))("refused", { file: result.fileName, bad: result.badRows.length, rows: result.rowCount }),
    values: { area: input.area ?? "all", source: input.source },
    fileName: result.fileName,
    rowCount: result.rowCount,
    badRows: result.badRows.map(({ line, cells, errors }) => ({ line, cells, errors: errors.map((error) => translate(t, error)) })),
    problems: result.problems.map((problem) => translate(t, problem)),
  };
});

export const removePopulationAction = formAction("equalities:population", ZPopulationRef, async (input, { user }) => {
  await removePopulationTable(user, input.tableId);
  redirect(`${PAGE}?saved=removed`);
});
