"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState, useSyncExternalStore } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { sameJson } from "@/lib/domain/surveys/builder/canonical-json";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import { addSection, type Edit } from "@/lib/domain/surveys/builder/definition-edits";
import { DefinitionView } from "./definition-view";
import { EDITOR_ANCHOR, EMPTY_ERRORS, placeErrors } from "@/lib/domain/surveys/builder/editor-errors";
import { AddItem } from "./add-item";
import { EditorProblems } from "./editor-problems";
import { SectionCard } from "./section-card";

type Props = {
  surveyId: string;
  version: number;
  initial: SurveyDefinition;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** The last save's result, with the definition it sent. */
type Saved = { sent: SurveyDefinition; state: FormState };

const subscribe = () => () => undefined;

/**
 * The question editor: sections and questions of every type, their settings and conditions, edited
 * in the browser and saved as one definition (checked, guarded and versioned on the server). Without
 * JavaScript it shows the questions read-only.
 */
export function QuestionEditor({ surveyId, version, initial, action }: Props) {
  const t = useTranslations("surveyBuilder.editor");
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const [draft, setDraft] = useState(initial);
  // After a save the page brings the new version: start again from it (as the server stored it).
  const [loadedVersion, setLoadedVersion] = useState(version);
  if (loadedVersion !== version) {
    setLoadedVersion(version);
    setDraft(initial);
  }
  const [saved, formAction] = useActionState(
    async (previous: Saved, formData: FormData): Promise<Saved> => ({
      // Problems come back keyed by position in what was sent: keep it to place them by id.
      sent: JSON.parse(String(formData.get("definitionJson"))) as SurveyDefinition,
      state: await action(previous.state, formData),
    }),
    { sent: initial, state: IDLE },
  );
  const { state } = saved;
  const apply = (edit: Edit) => setDraft((current) => edit(current));
  const dirty = !sameJson(draft, initial);
  useEffect(() => {
    if (!dirty) return;
    // The browser asks before leaving the page with unsaved questions.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  const errors = state.status === "error" ? placeErrors(state.fieldErrors, saved.sent) : EMPTY_ERRORS;

  if (!hydrated) {
    return (
      <div id={EDITOR_ANCHOR}>
        <p className="notice">{t("needsJs")}</p>
        <DefinitionView definition={initial} />
      </div>
    );
  }
  return (
    <div id={EDITOR_ANCHOR} className="builder" tabIndex={-1} role="region" aria-label={t("label")}>
      <p>{t("intro")}</p>
      <EditorProblems state={state} errors={errors} />
      {draft.sections.length === 0 ? <p>{t("empty")}</p> : null}
      {draft.sections.map((section, index) => (
        <SectionCard key={section.id} definition={draft} section={section} index={index} errors={errors} apply={apply} />
      ))}
      <AddItem idPrefix="new-section" label={t("newSectionTitle")} buttonLabel={t("addSection")} onAdd={(title) => apply(addSection(title))} />
      <form action={formAction} className="builder-save" aria-label={t("save")}>
        <input type="hidden" name="surveyId" value={surveyId} />
        <input type="hidden" name="baseVersion" value={version} />
        <input type="hidden" name="definitionJson" value={JSON.stringify(draft)} />
        {dirty ? <p className="builder-save__unsaved">{t("unsaved")}</p> : null}
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </form>
    </div>
  );
}
