import { getTranslations } from "next-intl/server";
import { NOT_STATED } from "@/lib/domain/equalities/aggregate";
import { ETHNIC_GROUP_HEADINGS, type EqualitiesQuestion } from "@/lib/domain/equalities/questions";
import { answerLabel } from "./answer-label";

const HEADINGS = Object.keys(ETHNIC_GROUP_HEADINGS) as (keyof typeof ETHNIC_GROUP_HEADINGS)[];

/**
 * Names for the officers' tables, in the page's language: an answer as the form words it (an
 * ethnic group after its heading, "Black, Black British…: African"), and "did not say".
 */
export async function answerNamer(): Promise<(question: EqualitiesQuestion, answer: string) => string> {
  const [about, t] = await Promise.all([getTranslations("aboutYou"), getTranslations("equalities")]);
  return (question, answer) => {
    if (answer === NOT_STATED) return t("notStated");
    const label = answerLabel(about, question, answer);
    const heading = question === "ethnic_group" ? HEADINGS.find((key) => (ETHNIC_GROUP_HEADINGS[key] as readonly string[]).includes(answer)) : undefined;
    return heading ? t("ethnicAnswer", { heading: about(`ethnicHeadings.${heading}`), answer: label }) : label;
  };
}
