import { describedBy, FieldNotes } from "@/components/ui/field";

type Option = { id: string; name: string };

/** A GOV.UK checkbox group: a fieldset with a legend, an optional hint, one box per option. */
export function CheckboxGroup({ name, legend, options, checked, hint, error }: { name: string; legend: string; options: Option[]; checked: string[]; hint?: string; error?: string }) {
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" id={name} aria-describedby={describedBy(name, hint, error)}>
        <legend className="label">{legend}</legend>
        <FieldNotes id={name} hint={hint} error={error} />
        <div className="checkboxes">
          {options.map((option) => (
            <div key={option.id} className="checkboxes__item">
              <input type="checkbox" id={`${name}-${option.id}`} name={name} value={option.id} defaultChecked={checked.includes(option.id)} />
              <label htmlFor={`${name}-${option.id}`}>{option.name}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
