import { describedBy, FieldNotes } from "@/components/ui/field";

/** An answer; `lang` and `dir` when its label is in another language than the page (a language's own name). */
type Option = { value: string; label: string; lang?: string; dir?: "ltr" | "rtl" };
type Group = { heading: string; options: Option[] };

/**
 * A GOV.UK radio group: a fieldset whose legend is the question, one radio per answer. With
 * `groups`, answers come under headings (the census's ethnic groups), and `options` follow them.
 */
export function RadioGroup({ name, legend, options, groups, checked, hint, error }: { name: string; legend: string; options: Option[]; groups?: Group[]; checked: string; hint?: string; error?: string }) {
  const radio = (option: Option) => (
    <div key={option.value} className="radios__item">
      <input type="radio" id={`${name}-${option.value}`} name={name} value={option.value} defaultChecked={checked === option.value} />
      <label htmlFor={`${name}-${option.value}`} lang={option.lang} dir={option.dir}>
        {option.label}
      </label>
    </div>
  );
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" id={name} aria-describedby={describedBy(name, hint, error)}>
        <legend className="label">{legend}</legend>
        <FieldNotes id={name} hint={hint} error={error} />
        {groups?.map((group) => (
          <div key={group.heading} className="radios__group">
            <p className="radios__heading">{group.heading}</p>
            {group.options.map(radio)}
          </div>
        ))}
        {groups ? <div className="radios__group">{options.map(radio)}</div> : options.map(radio)}
      </fieldset>
    </div>
  );
}
