import { z } from "zod";
import { ZSurveyRef } from "./survey-settings";

/**
 * The question editor's save: the whole definition as JSON, and the version it was based on, so
 * two officers editing at once cannot silently overwrite each other. The definition itself is
 * checked with `ZSurveyDefinition` in the use case, where its problems map onto the editor.
 */
export const ZSurveyDefinitionSave = ZSurveyRef.extend({
  definitionJson: z.string().min(2, "validation.surveyDefinition.notSent").max(1_000_000, "validation.surveyDefinition.tooLarge"),
  baseVersion: z.coerce.number().int().min(1),
});
export type TSurveyDefinitionSave = z.output<typeof ZSurveyDefinitionSave>;
