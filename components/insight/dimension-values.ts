import { getTranslations } from "next-intl/server";
import { answerNamer } from "@/components/equalities/answer-name";
import { answerOptions } from "@/lib/domain/equalities/questions";
import { dimensionsFor, isEqualitiesDimension, type InsightDimension } from "@/lib/domain/insight/theme-counts";
import { SIC_CODES, SIZE_BAND_CODES } from "@/lib/domain/surveys/organisation";

export type DimensionWords = { dimensions: { key: InsightDimension; label: string }[]; values: { key: string; label: string }[] };

/**
 * The dimensions a subject's counts offer and the chosen one's values, in the page's language and
 * in the order shown: neighbourhoods by name, SIC sections, size bands, or an "about you" question's answers.
 */
export async function dimensionWords(kind: "topic" | "survey_question", dimension: InsightDimension, neighbourhoods: { id: string; name: string }[]): Promise<DimensionWords> {
  const [t, about, classifications, nameOf] = await Promise.all([getTranslations("insight.counts"), getTranslations("aboutYou"), getTranslations("classifications"), answerNamer()]);
  const dimensionLabel = (key: InsightDimension) => (isEqualitiesDimension(key) ? about(`short.${key}`) : t(`dimension.${key}`));
  const dimensions = dimensionsFor(kind).map((key) => ({ key, label: dimensionLabel(key) }));
  const values = isEqualitiesDimension(dimension)
    ? answerOptions(dimension).map((answer) => ({ key: answer, label: nameOf(dimension, answer) }))
    : dimension === "neighbourhood"
      ? neighbourhoods.map((neighbourhood) => ({ key: neighbourhood.id, label: neighbourhood.name }))
      : dimension === "sector"
        ? SIC_CODES.map((code) => ({ key: code, label: classifications(`sic.${code}`) }))
        : SIZE_BAND_CODES.map((code) => ({ key: code, label: classifications(`sizeBands.${code}`) }));
  return { dimensions, values };
}

/** The dimension asked for in the query string, when the subject offers it; the first otherwise. */
export function chosenDimension(kind: "topic" | "survey_question", asked: string | undefined): InsightDimension {
  const offered = dimensionsFor(kind);
  return offered.find((key) => key === asked) ?? offered[0] ?? "neighbourhood";
}
