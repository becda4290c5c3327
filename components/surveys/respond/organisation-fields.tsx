import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { FieldErrors } from "@/lib/errors";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";
import { valueOf } from "./form-values";

type Choice = { id: string; name: string };
export type OrganisationChoices = { sectors: Choice[]; sizeBands: Choice[]; neighbourhoods: Choice[] };

/** The organisation block of employer surveys: name, sector (SIC section), size band and location. */
export function OrganisationFields({ choices, values, errors }: { choices: OrganisationChoices; values: FormInput; errors: FieldErrors }) {
  const t = useTranslations("surveyRespond.organisation");
  const error = (name: string) => errors[name]?.[0];
  const nameError = error("org.organisationName");
  const sizeError = error("org.sizeBand");
  return (
    <>
      <Field id="org.organisationName" label={t("name")} error={nameError}>
        <input
          className="input input--wide"
          id="org.organisationName"
          name="org.organisationName"
          autoComplete="organization"
          maxLength={200}
          defaultValue={valueOf(values, "org.organisationName")}
          aria-describedby={describedBy("org.organisationName", undefined, nameError)}
          aria-invalid={nameError ? true : undefined}
        />
      </Field>
      <SelectField id="org.sector" label={t("sector")} hint={t("sectorHint")} error={error("org.sector")} emptyLabel={t("choose")} options={choices.sectors} defaultValue={valueOf(values, "org.sector")} />
      <div className={sizeError ? "form-group form-group--error" : "form-group"}>
        <fieldset className="fieldset" aria-describedby={sizeError ? "org.sizeBand-error" : undefined}>
          <legend className="question__legend">{t("size")}</legend>
          {sizeError ? (
            <p className="error-message" id="org.sizeBand-error">
              {sizeError}
            </p>
          ) : null}
          {choices.sizeBands.map((band, index) => {
            const id = index === 0 ? "org.sizeBand" : `org.sizeBand-${band.id}`;
            return (
              <div className="radios__item" key={band.id}>
                <input id={id} type="radio" name="org.sizeBand" value={band.id} defaultChecked={valueOf(values, "org.sizeBand") === band.id} />
                <label htmlFor={id}>{band.name}</label>
              </div>
            );
          })}
        </fieldset>
      </div>
      <SelectField
        id="org.neighbourhoodId"
        label={t("neighbourhood")}
        hint={t("neighbourhoodHint")}
        error={error("org.neighbourhoodId")}
        emptyLabel={t("choose")}
        options={choices.neighbourhoods}
        defaultValue={valueOf(values, "org.neighbourhoodId")}
      />
    </>
  );
}
