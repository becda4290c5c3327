import { describedBy, FieldNotes } from "@/components/ui/field";

type Group = { heading: string; options: { value: string; label: string }[] };

/**
 * A radio group whose answers come under headings (the census's ethnic group question): one
 * fieldset, one name, a heading before each group of answers, and answers after every group.
 */
export function GroupedRadios({ name, legend, hint, groups, after, checked, error }: { name: string; legend: string; hint?: string; groups: Group[]; after: { value: string; label: string }[]; checked: string; error?: string }) {
  const radio = (option: { value: string; label: string }) => (
    <div key={option.value} className="radios__item">
      <input type="radio" id={`${name}-${option.value}`} name={name} value={option.value} defaultChecked={checked === option.value} />
      <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
    </div>
  );
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" id={name} aria-describedby={describedBy(name, hint, error)}>
        <legend className="label">{legend}</legend>
        <FieldNotes id={name} hint={hint} error={error} />
        {groups.map((group) => (
          <div key={group.heading} className="radios__group">
            <p className="radios__heading">{group.heading}</p>
            {group.options.map(radio)}
          </div>
        ))}
        <div className="radios__group">{after.map(radio)}</div>
      </fieldset>
    </div>
  );
}
