import type { FormState } from "@/components/ui/form-state";

/** A server action a form of the analysis page calls (given by the page). */
export type InsightAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** What is analysed, as hidden form fields: a topic, or a survey's question. */
export type SubjectFields = { topicId: string } | { surveyId: string; questionKey: string };

export type InsightActions = {
  run: InsightAction;
  rename: InsightAction;
  remove: InsightAction;
  merge: InsightAction;
  split: InsightAction;
  create: InsightAction;
  code: InsightAction;
};
