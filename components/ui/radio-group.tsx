import { describedBy, FieldNotes } from "@/components/ui/field";

/** An answer; `lang` and `dir` when its label is in another language than the page (a language's own name). */
type Option = { value: string; label: string; lang?: string; dir?: "ltr" | "rtl" };

/** A GOV.UK radio group: a fieldset whose legend is the question, one radio per answer. */
export function RadioGroup({ name, legend, options, checked, hint, error }: { name: string; legend: string; options: Option[]; checked: string; hint?: string; error?: string }) {
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" id={name} aria-describedby={describedBy(name, hint, error)}>
        <legend className="label">{legend}</legend>
        <FieldNotes id={name} hint={hint} error={error} />
        {options.map((option) => (
          <div key={option.value} className="radios__item">
            <input type="radio" id={`${name}-${option.value}`} name={name} value={option.value} defaultChecked={checked === option.value} />
            <label htmlFor={`${name}-${option.value}`} lang={option.lang} dir={option.dir}>
              {option.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
