import { sameJson as same } from "@/lib/domain/surveys/builder/canonical-json";
import type { Question, Section, SurveyDefinition } from "@/lib/domain/surveys/definition";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function wordingOf(question: Question) {
  const labels = [...("options" in question ? question.options : []), ...(question.type === "grid" ? question.rows : [])].map((item) => [item.id, item.label]);
  return { title: question.title, hint: question.hint, labels, ends: "minLabel" in question ? [question.minLabel, question.maxLabel] : [] };
}

function settingsOf(question: Question) {
  const { title: _title, hint: _hint, showIf: _showIf, ...rest } = question;
  const strip = (items: { id: string }[]) => items.map((item) => item.id);
  return {
    ...rest,
    ...("options" in rest ? { options: strip(rest.options) } : {}),
    ...("rows" in rest ? { rows: strip(rest.rows) } : {}),
    ...("minLabel" in rest ? { minLabel: null, maxLabel: null } : {}),
  };
}

const sectionWording = (section: Section) => [section.title, section.intro];
/** The order of the sections and questions both versions have. */
const sharedOrder = (definition: SurveyDefinition, sections: Map<string, unknown>, questions: Map<string, unknown>) =>
  definition.sections.filter((section) => sections.has(section.id)).map((section) => [section.id, section.questions.filter((question) => questions.has(question.id)).map((question) => question.id)]);

/** A short account of what changed between two versions, for the history: "Added 2 questions, reworded 1". */
export function describeDefinitionChange(previous: SurveyDefinition, next: SurveyDefinition): string {
  const oldSections = new Map(previous.sections.map((section) => [section.id, section]));
  const newSections = new Map(next.sections.map((section) => [section.id, section]));
  const oldQuestions = new Map(previous.sections.flatMap((section) => section.questions.map((question) => [question.id, question] as const)));
  const newQuestions = new Map(next.sections.flatMap((section) => section.questions.map((question) => [question.id, question] as const)));
  const kept = [...newQuestions].flatMap(([id, question]) => {
    const old = oldQuestions.get(id);
    return old ? [{ old, question }] : [];
  });
  const keptSections = [...newSections].flatMap(([id, section]) => {
    const old = oldSections.get(id);
    return old ? [{ old, section }] : [];
  });
  const counts = {
    sectionsAdded: [...newSections.keys()].filter((id) => !oldSections.has(id)).length,
    sectionsRemoved: [...oldSections.keys()].filter((id) => !newSections.has(id)).length,
    added: [...newQuestions.keys()].filter((id) => !oldQuestions.has(id)).length,
    removed: [...oldQuestions.keys()].filter((id) => !newQuestions.has(id)).length,
    reworded: kept.filter(({ old, question }) => !same(wordingOf(old), wordingOf(question))).length + keptSections.filter(({ old, section }) => !same(sectionWording(old), sectionWording(section))).length,
    logic: kept.filter(({ old, question }) => !same(old.showIf, question.showIf)).length + keptSections.filter(({ old, section }) => !same(old.showIf, section.showIf)).length,
    settings: kept.filter(({ old, question }) => !same(settingsOf(old), settingsOf(question))).length,
  };
  const moved = !same(sharedOrder(previous, newSections, newQuestions), sharedOrder(next, oldSections, oldQuestions));
  const parts = [
    counts.sectionsAdded ? `added ${plural(counts.sectionsAdded, "section", "sections")}` : null,
    counts.added ? `added ${plural(counts.added, "question", "questions")}` : null,
    counts.reworded ? `reworded ${counts.reworded}` : null,
    counts.settings ? `changed the settings of ${plural(counts.settings, "question", "questions")}` : null,
    counts.logic ? `changed the logic of ${counts.logic}` : null,
    moved ? "reordered questions" : null,
    counts.removed ? `removed ${plural(counts.removed, "question", "questions")}` : null,
    counts.sectionsRemoved ? `removed ${plural(counts.sectionsRemoved, "section", "sections")}` : null,
  ].filter((part) => part !== null);
  const text = parts.join(", ");
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : "No changes to the questions";
}
